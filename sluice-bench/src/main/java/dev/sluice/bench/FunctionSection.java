package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Section 4: Lambda functions run by Sluice as local processes. Warm synchronous Invoke per runtime
 * beside an in-JVM call and a bare loopback HTTP round trip; cold starts; upload to handler start;
 * asynchronous invocations per second ({@link FunctionEventRuns}).
 */
final class FunctionSection {
  private static final byte[] PAYLOAD = "{}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ANSWER = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
  private static final Pattern INIT = Pattern.compile("Init Duration: ([0-9.]+) ms");
  private static final Pattern DURATION =
      Pattern.compile("RequestId: \\S+\tDuration: ([0-9.]+) ms");
  private static final int TAIL_INVOKES = 100;

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> invokeRows = new ArrayList<>();
  private final List<List<String>> coldRows = new ArrayList<>();

  /** Where the in-JVM baseline's results go, so that the JIT cannot drop the calls. */
  private volatile int sink;

  FunctionSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "4. Functions: Invoke, cold start, upload to handler, async invokes");
    var scratch = Files.createDirectories(workDir.resolve("function-zips"));
    var config = SluiceConfig.defaults().withPort(0).withDataDir(workDir.resolve("functions"));
    var events = new FunctionEventRuns(options, report);
    try (var recorder = new HandlerRecorder();
        var loopback = new FixedBodyServer();
        var loopbackWire = new InvokeWire(loopback.endpoint());
        var sluice = Sluice.create(config).start();
        var lambda = new LambdaBench(sluice.endpoint());
        var wire = new InvokeWire(sluice.endpoint())) {
      inJvmBaseline();
      warm(
          "loopback HTTP (JDK HttpServer), wire",
          () -> loopbackWire.invoke("x", PAYLOAD, ""),
          null);
      for (var runtime : BenchRuntime.ALL) {
        var name = "noop-" + runtime.name().toLowerCase(Locale.ROOT);
        coldStarts(lambda, wire, runtime, name, FunctionZip.of(runtime.files(), scratch));
        warm(
            runtime.id + ", wire",
            () -> wire.invoke(name, PAYLOAD, InvokeWire.SYNC),
            () -> tailSplit(wire, name));
        if (runtime == BenchRuntime.NODE) {
          warm(runtime.id + ", SDK (LambdaClient)", () -> lambda.invoke(name, PAYLOAD), null);
        }
      }
      events.run(sluice.endpoint(), lambda, wire, recorder, scratch);
    }
    printInvokes();
    events.print();
  }

  /** A no-op {@code Function<byte[], byte[]>} called in this JVM; nanoseconds per call. */
  private void inJvmBaseline() {
    Function<byte[], byte[]> noop = in -> in.length < 0 ? in : ANSWER;
    int calls = options.quick() ? 1_000_000 : 5_000_000;
    var samples = new LatencySamples();
    int total = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      samples = new LatencySamples();
      for (int i = 0; i < calls; i++) {
        long begin = System.nanoTime();
        total += noop.apply(PAYLOAD).length;
        samples.add(System.nanoTime() - begin);
      }
    }
    sink = total;
    var stats = new Stats(samples.toArray());
    invokeRows.add(
        List.of(
            "in-JVM `Function<byte[],byte[]>` call (baseline)",
            Integer.toString(stats.count()),
            micros(stats.p50()) + " / " + micros(stats.p99()) + " µs",
            "-",
            "-",
            "-",
            "-"));
  }

  private interface Call {
    void run() throws Exception;
  }

  /**
   * Medians over {@value #TAIL_INVOKES} warm invokes with LogType Tail: the REPORT line's Duration
   * (the instance's time from handing the event out on {@code /next} to its response) and, per
   * invoke, the round trip minus that Duration (what HTTP, Sluice's Invoke path and the Runtime API
   * hand-offs add).
   */
  private record TailSplit(double duration, double outside) {}

  private interface TailProbe {
    TailSplit run() throws Exception;
  }

  private static TailSplit tailSplit(InvokeWire wire, String name) throws Exception {
    var durations = new ArrayList<Double>();
    var outside = new ArrayList<Double>();
    for (int i = 0; i < TAIL_INVOKES; i++) {
      long begin = System.nanoTime();
      var tail = wire.invoke(name, PAYLOAD, InvokeWire.SYNC_TAIL).logResult();
      double roundTrip = (System.nanoTime() - begin) / 1e6;
      var matcher =
          DURATION.matcher(
              tail == null
                  ? ""
                  : new String(Base64.getDecoder().decode(tail), StandardCharsets.UTF_8));
      if (matcher.find()) {
        double duration = Double.parseDouble(matcher.group(1));
        durations.add(duration);
        outside.add(roundTrip - duration);
      }
    }
    return new TailSplit(median(durations), median(outside));
  }

  private void warm(String label, Call call, TailProbe probe) throws Exception {
    Throughput.run(1, options.functionWarmup(), 0, (c, s) -> call.run());
    var measured = Throughput.run(1, options.functionMeasure(), 0, (c, s) -> call.run());
    var stats = measured.latencies();
    var split = probe == null ? null : probe.run();
    invokeRows.add(
        List.of(
            label,
            Integer.toString(measured.operations()),
            Report.number(stats.p50()) + " / " + Report.number(stats.p99()) + " ms",
            Report.number(measured.opsPerSecond()),
            Report.number(measured.cpuMillisPerOperation()),
            split == null ? "-" : Report.number(split.duration()),
            split == null ? "-" : Report.number(split.outside())));
    System.err.printf("  warm invoke %s: p50 %.3f ms%n", label, stats.p50());
  }

  /**
   * The first Invoke after CreateFunction, then after each UpdateFunctionConfiguration that changes
   * an environment variable (which retires the warm instances).
   */
  private void coldStarts(
      LambdaBench lambda, InvokeWire wire, BenchRuntime runtime, String name, byte[] zip)
      throws Exception {
    lambda.create(name, runtime, zip, Map.of("BENCH_GENERATION", "0"));
    var afterUpdate = new ArrayList<Double>();
    var inits = new ArrayList<Double>();
    double afterCreate = Double.NaN;
    for (int i = 0; i < options.coldStarts(); i++) {
      if (i > 0) {
        lambda.updateEnvironment(name, Map.of("BENCH_GENERATION", Integer.toString(i)));
      }
      long begin = System.nanoTime();
      var response = wire.invoke(name, PAYLOAD, InvokeWire.SYNC_TAIL);
      double millis = (System.nanoTime() - begin) / 1e6;
      initDuration(response.logResult()).ifPresent(inits::add);
      if (i == 0) {
        afterCreate = millis;
      } else {
        afterUpdate.add(millis);
      }
    }
    coldRows.add(
        List.of(
            runtime.id,
            Report.number(afterCreate),
            Report.number(median(afterUpdate)),
            String.join(", ", afterUpdate.stream().map(Report::number).toList()),
            inits.isEmpty() ? "not reported" : Report.number(median(inits))));
    System.err.printf("  cold start %s: %.1f ms after create%n", runtime.id, afterCreate);
  }

  private static Optional<Double> initDuration(String logResult) {
    if (logResult == null) {
      return Optional.empty();
    }
    var tail = new String(Base64.getDecoder().decode(logResult), StandardCharsets.UTF_8);
    var matcher = INIT.matcher(tail);
    return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
  }

  private void printInvokes() {
    report.heading(3, "Warm synchronous Invoke (1 client, no-op handler answering a tiny JSON)");
    report.table(
        List.of(
            "what",
            "calls",
            "p50 / p99",
            "calls/s",
            "bench JVM CPU ms/call",
            "REPORT Duration median ms",
            "round trip - Duration, median ms"),
        invokeRows);
    report.paragraph(
        "Each function is warmed for "
            + options.functionWarmup().toSeconds()
            + " s of back-to-back invokes first, then measured for "
            + options.functionMeasure().toSeconds()
            + " s. `wire` = one kept-alive HTTP/1.1 connection sending SigV4-signed (service"
            + " `lambda`) `POST /2015-03-31/functions/<name>/invocations`; the loopback baseline is"
            + " the same client against a JDK `HttpServer` answering a fixed body. The CPU column"
            + " is the bench JVM's (client and Sluice), not the function process's. The in-JVM"
            + " baseline's time is mostly `System.nanoTime()` itself. REPORT Duration = the median"
            + " `Duration` of the REPORT lines of "
            + TAIL_INVOKES
            + " further invokes with `X-Amz-Log-Type: Tail` (the runtime's time from handing the"
            + " event out on `/next` to the response), and the median of (round trip - Duration) of"
            + " the same invokes: what HTTP, Sluice's Invoke path and the Runtime API hand-offs"
            + " add.");
    report.heading(3, "Cold start: first Invoke of a new instance");
    report.table(
        List.of(
            "runtime",
            "after CreateFunction ms",
            "after UpdateFunctionConfiguration, median ms",
            "all after update, ms",
            "Init Duration (REPORT line), median ms"),
        coldRows);
    report.paragraph(
        "Round trip of a synchronous Invoke (wire client, `X-Amz-Log-Type: Tail`) on a function"
            + " without a warm instance: after CreateFunction (code unpacked on first use), then "
            + (options.coldStarts() - 1)
            + " times after an UpdateFunctionConfiguration changing an environment variable, which"
            + " retires the warm instances. Init Duration is read from the REPORT line in the log"
            + " tail. The first Node.js instance of a data directory also installs the AWS SDK for"
            + " JavaScript that Sluice provides to Node.js functions (`npm install`, once), which"
            + " is in nodejs20.x's time after CreateFunction.");
  }

  private static String micros(double millis) {
    return String.format(Locale.ROOT, "%.3f", millis * 1000);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    var sorted = values.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
