package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Section 1: PUT and GET through an embedded Sluice beside durable writes and reads of the same
 * bytes on the same disk with the same concurrency, each case warmed up, then measured.
 */
final class ThroughputSection {
  static final int SMALL = 4 * 1024;
  static final int LARGE = 64 * 1024 * 1024;
  private static final int[] CLIENTS = {1, 16};
  private static final String BUCKET = "bench";

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<List<String>> targets = new ArrayList<>();

  ThroughputSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "1. PUT and GET throughput against raw durable file I/O");
    var raw = new RawDisk(workDir.resolve("raw"));
    var config = SluiceConfig.defaults().withPort(0).withDataDir(workDir.resolve("sluice"));
    try (var sluice = Sluice.create(config).start();
        var s3 = new S3Bench(sluice.endpoint())) {
      s3.createBucket(BUCKET);
      warmUp(s3);
      for (int size : new int[] {SMALL, LARGE}) {
        var body = new byte[size];
        ThreadLocalRandom.current().nextBytes(body);
        for (int clients : CLIENTS) {
          measure(
              size,
              clients,
              "PUT",
              t -> s3.put(BUCKET, body, clients, t),
              t -> raw.write(body, clients, t));
          measure(
              size,
              clients,
              "GET",
              t -> s3.get(BUCKET, body, clients, t),
              t -> raw.read(body, clients, t));
        }
      }
    }
    report.table(
        List.of(
            "size",
            "clients",
            "op",
            "Sluice ops/s",
            "Sluice MiB/s",
            "Sluice p50 / p99 ms",
            "Sluice CPU ms/op",
            "raw ops/s",
            "raw MiB/s",
            "raw p50 / p99 ms",
            "raw CPU ms/op",
            "Sluice / raw"),
        rows);
    report.paragraph(
        "Raw PUT = create, write, fdatasync, rename, fsync directory; raw GET = read.");
    report.heading(3, "Targets");
    report.table(List.of("target", "measured", "verdict"), targets);
  }

  private interface Case {
    Throughput run(Duration time) throws Exception;
  }

  private void measure(int size, int clients, String op, Case sluice, Case raw) throws Exception {
    var warmup = options.warmup(size);
    if (!warmup.isZero()) {
      sluice.run(warmup);
      raw.run(warmup);
    }
    var s = sluice.run(options.measure(size));
    var r = raw.run(options.measure(size));
    double ratio = s.mibPerSecond() / r.mibPerSecond();
    rows.add(
        List.of(
            size == SMALL ? "4 KiB" : "64 MiB",
            Integer.toString(clients),
            op,
            Report.number(s.opsPerSecond()),
            Report.number(s.mibPerSecond()),
            latencies(s),
            Report.number(s.cpuMillisPerOperation()),
            Report.number(r.opsPerSecond()),
            Report.number(r.mibPerSecond()),
            latencies(r),
            Report.number(r.cpuMillisPerOperation()),
            Report.percent(ratio)));
    System.err.printf(
        "  %s %d B x%d: sluice %.1f ops/s, raw %.1f ops/s%n",
        op, size, clients, s.opsPerSecond(), r.opsPerSecond());
    if (size == LARGE && op.equals("GET")) {
      targets.add(
          List.of(
              "64 MiB GET >= 50 % of raw read bandwidth, " + clients + " client(s)",
              Report.percent(ratio),
              Report.verdict(ratio >= 0.5)));
    }
    if (size == SMALL && op.equals("PUT")) {
      targets.add(
          List.of(
              ">= 2,000 durable 4 KiB PUTs/s, " + clients + " client(s)",
              Report.number(s.opsPerSecond()) + " /s",
              Report.verdict(s.opsPerSecond() >= 2000)));
    }
  }

  private static String latencies(Throughput t) {
    return Report.number(t.latencies().p50()) + " / " + Report.number(t.latencies().p99());
  }

  /** Loads classes and lets the JIT compile the request path before any case is measured. */
  private void warmUp(S3Bench s3) throws Exception {
    var body = new byte[SMALL];
    var time = options.quick() ? Duration.ofSeconds(1) : Duration.ofSeconds(3);
    s3.put(BUCKET, body, 4, time);
    s3.get(BUCKET, body, 4, time);
  }
}
