package dev.sluice.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The asynchronous cases of the functions section: upload to handler start (S3 notification to a
 * Node.js function that calls the {@link HandlerRecorder} first), and Invoke with InvocationType
 * Event from several clients, accepted and completed per second.
 */
final class FunctionEventRuns {
  private static final String BUCKET = "uploads";
  private static final String ON_UPLOAD = "on-upload";
  private static final String ASYNC = "async-noop";
  private static final int RATE = 50;
  private static final int UPLOAD_CLIENTS = 2;
  private static final int ASYNC_CLIENTS = 4;
  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);
  private static final byte[] ASYNC_PAYLOAD =
      "{\"key\":\"async\"}".getBytes(StandardCharsets.UTF_8);

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> uploadRows = new ArrayList<>();
  private final List<List<String>> asyncRows = new ArrayList<>();
  private final List<List<String>> targets = new ArrayList<>();

  FunctionEventRuns(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(
      URI endpoint, LambdaBench lambda, InvokeWire wire, HandlerRecorder recorder, Path scratch)
      throws Exception {
    var zip = FunctionZip.of(RecordingFunction.files(), scratch);
    var environment = RecordingFunction.environment(recorder);
    lambda.create(ON_UPLOAD, BenchRuntime.NODE.id, "index.handler", zip, environment);
    lambda.create(ASYNC, BenchRuntime.NODE.id, "index.handler", zip, environment);
    try (var sdk = new S3Bench(endpoint);
        var s3 = new WireBench(endpoint)) {
      sdk.createBucket(BUCKET);
      sdk.notifyFunction(BUCKET, "arn:aws:lambda:us-east-1:000000000000:function:" + ON_UPLOAD);
      uploads(s3, recorder, endpoint);
    }
    asyncInvokes(wire, recorder, endpoint);
  }

  private void uploads(WireBench s3, HandlerRecorder recorder, URI endpoint) throws Exception {
    var puts = new PacedPuts(s3, recorder, new byte[1024]);
    long interval = 1_000_000_000L / RATE;
    int warmCount = (int) (RATE * options.functionWarmup().toSeconds());
    puts.run(BUCKET, "warm", UPLOAD_CLIENTS, warmCount, interval);
    recorder.awaitAll(DRAIN_LIMIT);
    recorder.reset();
    int instancesBefore = InstanceCount.of(endpoint, ON_UPLOAD);
    int count = (int) (RATE * options.uploadSeconds().toSeconds());
    var roundTrips = puts.run(BUCKET, "up", UPLOAD_CLIENTS, count, interval);
    boolean all = recorder.awaitAll(DRAIN_LIMIT);
    var started = recorder.reset();
    var label = RATE + " PUT/s of 1 KiB, " + UPLOAD_CLIENTS + " clients, wire";
    uploadRows.add(
        List.of(
            label,
            Integer.toString(roundTrips.count()),
            started.count() + (all ? "" : " (missing some)"),
            pair(roundTrips),
            pair(started) + " / " + Report.number(started.maxMillis()),
            instancesBefore + " + " + (InstanceCount.of(endpoint, ON_UPLOAD) - instancesBefore)));
    double p99 = started.p99();
    targets.add(
        List.of(
            "p99 upload -> handler start < 20 ms, warm, " + label,
            Report.number(p99) + " ms",
            Report.verdict(all && p99 < 20)));
    System.err.printf("  upload -> handler start: p50 %.2f, p99 %.2f ms%n", started.p50(), p99);
  }

  private void asyncInvokes(InvokeWire wire, HandlerRecorder recorder, URI endpoint)
      throws Exception {
    // warm-up: the instances the dispatcher's parallel deliveries need, and the JIT
    var warm = Throughput.run(ASYNC_CLIENTS, options.functionWarmup(), 0, event(wire));
    recorder.awaitCalls(warm.operations(), DRAIN_LIMIT);
    recorder.reset();
    long start = System.nanoTime();
    var sent = Throughput.run(ASYNC_CLIENTS, options.asyncSeconds(), 0, event(wire));
    int duringSending = recorder.calls();
    boolean all = recorder.awaitCalls(sent.operations(), DRAIN_LIMIT);
    int completed = recorder.calls();
    double completionSeconds = (recorder.lastCallAt() - start) / 1e9;
    asyncRows.add(
        List.of(
            ASYNC_CLIENTS + " clients, wire, " + options.asyncSeconds().toSeconds() + " s",
            Integer.toString(sent.operations()),
            Report.number(sent.opsPerSecond()),
            pair(sent.latencies()),
            completed + (all ? "" : " (missing some)"),
            Integer.toString(duringSending),
            Report.number(completed / completionSeconds),
            Report.number(completionSeconds),
            Integer.toString(InstanceCount.of(endpoint, ASYNC))));
    System.err.printf(
        "  async: accepted %.0f/s, completed %.0f/s%n",
        sent.opsPerSecond(), completed / completionSeconds);
  }

  private Throughput.Operation event(InvokeWire wire) {
    return (client, sequence) -> wire.invoke(ASYNC, ASYNC_PAYLOAD, InvokeWire.EVENT);
  }

  void print() {
    report.heading(3, "Upload to handler start (S3 notification to a warm Node.js function)");
    report.table(
        List.of(
            "load",
            "PUTs",
            "handlers started",
            "PUT round trip p50 / p99 ms",
            "handler start - PUT sent p50 / p99 / max ms",
            "instances started: warm-up + measured"),
        uploadRows);
    report.paragraph(
        "The bucket's LambdaFunctionConfiguration notifies a Node.js function whose handler first"
            + " GETs a recorder server in the bench JVM with the object's key; the time is taken"
            + " with `System.nanoTime()` when the recorder receives it, against the moment the PUT"
            + " was sent, on the same clock (so it includes the handler's own HTTP request, well"
            + " under a millisecond on loopback). After "
            + options.functionWarmup().toSeconds()
            + " s of warm-up PUTs at the same rate. Instances started = the function's log"
            + " streams, one per instance; one started while measuring is a cold start in the"
            + " samples.");
    report.heading(3, "Asynchronous invokes (InvocationType Event, Node.js function)");
    report.table(
        List.of(
            "load",
            "accepted",
            "accepted/s",
            "Invoke (202) round trip p50 / p99 ms",
            "completed",
            "completed while sending",
            "completed/s",
            "s from start to last completion",
            "instances started"),
        asyncRows);
    report.paragraph(
        "Clients send Invoke with `X-Amz-Invocation-Type: Event` back to back; a completion is"
            + " the function's call to the recorder server. completed/s = completions / time from"
            + " the first send to the last completion. Instances started (warm-up included) = the"
            + " function's log streams, one per instance.");
    report.heading(3, "Targets");
    report.table(List.of("target", "measured", "verdict"), targets);
  }

  private static String pair(Stats stats) {
    return Report.number(stats.p50()) + " / " + Report.number(stats.p99());
  }
}
