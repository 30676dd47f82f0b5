package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Section 1: PUT and GET through an embedded Sluice, with the AWS SDK and with the minimal wire
 * client, beside durable writes and reads of the same bytes on the same disk with the same
 * concurrency. Every case runs after a warm-up long enough for the JIT to finish compiling the
 * request path; 64 MiB GETs are measured from the page cache and from the disk.
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
    var dataDir = workDir.resolve("sluice");
    var config = SluiceConfig.defaults().withPort(0).withDataDir(dataDir);
    try (var sluice = Sluice.create(config).start();
        var sdk = new S3Bench(sluice.endpoint());
        var wire = new WireBench(sluice.endpoint())) {
      sdk.createBucket(BUCKET);
      var cases = new ClientCases(BUCKET, options);
      var clients = List.<LoadClient>of(wire, sdk);
      warmUp(cases, clients);
      for (int size : new int[] {SMALL, LARGE}) {
        var body = new byte[size];
        ThreadLocalRandom.current().nextBytes(body);
        for (int threads : CLIENTS) {
          var rawPut = raw.write(body, threads, options.measure(size));
          for (var client : clients) {
            add(size, threads, "PUT", client, cases.put(client, body, threads), rawPut);
          }
          var rawGet = raw.read(body, threads, options.measure(size));
          for (var client : clients) {
            add(size, threads, "GET", client, cases.get(client, body, threads), rawGet);
          }
          if (size == LARGE) {
            var rawCold = raw.readCold(body, threads, options.measure(size));
            var blobs = new BlobFiles(dataDir.resolve("blobs"));
            var sluiceCold = cases.getCold(wire, body, threads, blobs);
            add(size, threads, "GET from disk", wire, sluiceCold, rawCold);
          }
        }
      }
    }
    report.table(
        List.of(
            "size",
            "clients",
            "op",
            "client",
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
        "Raw PUT = create, write, fdatasync, rename, fsync directory; raw GET = read (from the page"
            + " cache: a memory copy); GET from disk = the file's pages dropped from the page cache"
            + " (dd iflag=nocache) before every read, for Sluice's blob file and the raw file alike."
            + " Client `wire` = one kept-alive HTTP/1.1 connection per thread sending SigV4-signed"
            + " requests (what a load generator does); `SDK` = the AWS SDK for Java v2 in the same"
            + " process, whose own CPU competes with the server's for the 2 cores.");
    report.heading(3, "Targets");
    report.table(List.of("target", "measured", "verdict"), targets);
  }

  private void add(
      int size, int threads, String op, LoadClient client, Throughput s, Throughput r) {
    double ratio = s.mibPerSecond() / r.mibPerSecond();
    rows.add(
        List.of(
            size == SMALL ? "4 KiB" : "64 MiB",
            Integer.toString(threads),
            op,
            client.name(),
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
        "  %s %d B x%d (%s): sluice %.1f ops/s, raw %.1f ops/s%n",
        op, size, threads, client.name(), s.opsPerSecond(), r.opsPerSecond());
    boolean wire = client instanceof WireBench;
    if (size == LARGE && op.equals("GET from disk")) {
      targets.add(
          List.of(
              "64 MiB GET >= 50 % of raw read bandwidth (from disk), " + threads + " client(s)",
              Report.percent(ratio),
              Report.verdict(ratio >= 0.5)));
    }
    if (size == SMALL && op.equals("PUT") && wire && threads > 1) {
      targets.add(
          List.of(
              ">= 2,000 durable 4 KiB PUTs/s, " + threads + " clients (" + client.name() + ")",
              Report.number(s.opsPerSecond()) + " /s",
              Report.verdict(s.opsPerSecond() >= 2000)));
    }
  }

  private static String latencies(Throughput t) {
    return Report.number(t.latencies().p50()) + " / " + Report.number(t.latencies().p99());
  }

  /**
   * Loads classes and lets the JIT compile the request path (the C2 compiler takes tens of seconds
   * on 2 cores) before any case is measured.
   */
  private void warmUp(ClientCases cases, List<LoadClient> clients) throws Exception {
    var body = new byte[SMALL];
    var time = options.warmupAtStart();
    long end = System.nanoTime() + time.toNanos();
    var slice = Duration.ofMillis(Math.max(500, time.toMillis() / 8));
    while (System.nanoTime() < end) {
      for (var client : clients) {
        cases.put(client, body, 16, slice);
        cases.get(client, body, 16, slice);
      }
    }
  }
}
