package dev.sluice.bench;

import dev.sluice.server.ServiceRegistry;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: how long after a PUT its event reaches a no-op consumer, at a steady rate and in a
 * burst, beside the plain PUT round trip (a bucket without notifications) in the same run.
 */
final class EventSection {
  private static final String PLAIN = "plain";
  private static final String NOTIFIED = "notified";
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:noop";
  private static final int RATE = 200;
  private static final int STEADY_CLIENTS = 4;
  private static final int BURST_CLIENTS = 16;
  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<String>> targets = new ArrayList<>();

  EventSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "2. PUT to event delivered (no-op consumer)");
    var recorder = new DeliveryRecorder();
    var config = SluiceConfig.defaults().withPort(0).withDataDir(workDir.resolve("events"));
    try (var sluice =
            Sluice.create(config, c -> ServiceRegistry.wire(c, List.of(recorder))).start();
        var sdk = new S3Bench(sluice.endpoint());
        var wire = new WireBench(sluice.endpoint())) {
      sdk.createBucket(PLAIN);
      sdk.createBucket(NOTIFIED);
      NoopFunction.create(sluice.endpoint(), "noop");
      sdk.notifyFunction(NOTIFIED, FUNCTION);
      for (LoadClient client : List.<LoadClient>of(wire, sdk)) {
        var puts = new PacedPuts(client, recorder, new byte[ThroughputSection.SMALL]);
        warmUp(puts, recorder);
        int steady = (int) (RATE * options.steadyEvents().toSeconds());
        long interval = 1_000_000_000L / RATE;
        var steadyLabel = RATE + " PUT/s, " + STEADY_CLIENTS + " clients, " + client.name();
        var plainSteady = puts.run(PLAIN, "plain-steady", STEADY_CLIENTS, steady, interval);
        phase(
            steadyLabel,
            plainSteady,
            puts,
            recorder,
            steady,
            interval,
            STEADY_CLIENTS,
            client instanceof WireBench);
        int burst = options.burstPuts();
        var burstLabel = "burst of " + burst + ", " + BURST_CLIENTS + " clients, " + client.name();
        var plainBurst = puts.run(PLAIN, "plain-burst", BURST_CLIENTS, burst, 0);
        phase(burstLabel, plainBurst, puts, recorder, burst, 0, BURST_CLIENTS, false);
      }
    }
    report.table(
        List.of(
            "load",
            "bucket",
            "PUTs",
            "delivered",
            "PUT round trip p50 / p99 ms",
            "delivery - PUT sent p50 / p99 / max ms",
            "delivery - createdAt p50 / p99 ms",
            "(delivery - PUT sent) / plain PUT, p50 / p99"),
        rows);
    report.paragraph(
        "Plain = a bucket without notifications, the baseline: the PUT round trip alone. "
            + "Notified = every PUT commits an event for service `lambda`, delivered to a no-op "
            + "consumer in the same JVM; times are taken when the consumer is called. Client"
            + " `wire` and `SDK` as in section 1. The target applies at the steady rate with the"
            + " wire client (with the SDK, the client's own round trip in the same JVM is in every"
            + " sample: compare the plain rows); a burst"
            + " of 16 clients sending as fast as they can saturates the 2 cores on purpose, and"
            + " its tail is queueing, shown for information.");
    report.heading(3, "Targets");
    report.table(List.of("target", "measured", "verdict"), targets);
  }

  private void phase(
      String label,
      Stats plain,
      PacedPuts puts,
      DeliveryRecorder recorder,
      int total,
      long interval,
      int clients,
      boolean target)
      throws Exception {
    recorder.drain();
    var roundTrips = puts.run(NOTIFIED, "ev-" + System.nanoTime(), clients, total, interval);
    boolean all = recorder.awaitAll(DRAIN_LIMIT);
    var samples = recorder.drain();
    rows.add(row(label, PLAIN, plain.count(), "-", plain, null, null, plain));
    rows.add(
        row(
            label,
            NOTIFIED,
            roundTrips.count(),
            samples.delivered() + (all ? "" : " (missing some)"),
            roundTrips,
            samples.sinceSent(),
            samples.sinceCreated(),
            plain));
    double p99 = samples.sinceSent().p99();
    if (!target) {
      return;
    }
    targets.add(
        List.of(
            "p99 PUT sent -> delivered < 5 ms, " + label,
            Report.number(p99) + " ms",
            Report.verdict(all && p99 < 5)));
  }

  private static List<String> row(
      String label,
      String bucket,
      int count,
      String delivered,
      Stats roundTrips,
      Stats sinceSent,
      Stats sinceCreated,
      Stats plain) {
    return List.of(
        label,
        bucket,
        Integer.toString(count),
        delivered,
        pair(roundTrips),
        sinceSent == null ? "-" : pair(sinceSent) + " / " + Report.number(sinceSent.maxMillis()),
        sinceCreated == null ? "-" : pair(sinceCreated),
        sinceSent == null
            ? "-"
            : Report.number(sinceSent.p50() / plain.p50())
                + "x / "
                + Report.number(sinceSent.p99() / plain.p99())
                + "x");
  }

  private static String pair(Stats stats) {
    return Report.number(stats.p50()) + " / " + Report.number(stats.p99());
  }

  /** Enough PUTs of both kinds for the JIT to compile the PUT and delivery paths. */
  private void warmUp(PacedPuts puts, DeliveryRecorder recorder) throws Exception {
    int count = options.quick() ? 1000 : 10_000;
    puts.run(PLAIN, "warm-plain", STEADY_CLIENTS, count, 0);
    recorder.drain(); // plain PUTs never deliver: forget them
    puts.run(NOTIFIED, "warm", STEADY_CLIENTS, count, 0);
    recorder.awaitAll(DRAIN_LIMIT);
    recorder.drain();
  }
}
