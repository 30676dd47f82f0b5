package dev.sluice.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Section 3: launch to first served request, and idle RSS, for Sluice started as {@code ./sluice
 * up} starts it (its JVM flags, a fresh data directory each time) and for the JDK's {@code
 * jwebserver}, alternating, the median of several runs each.
 */
final class StartupSection {
  private final BenchOptions options;
  private final Report report;

  StartupSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "3. Start-up: process launch to first served request");
    var jar = options.serverJar().toAbsolutePath();
    var sluice = new ArrayList<StartupBench.Result>();
    var baseline = new ArrayList<StartupBench.Result>();
    for (int i = 0; i < options.startupRuns(); i++) {
      sluice.add(StartupBench.sluice(jar, workDir.resolve("startup-" + i)));
      baseline.add(StartupBench.jwebserver(workDir.resolve("jwebserver")));
      System.err.printf(
          "  run %d: sluice %.0f ms, jwebserver %.0f ms%n",
          i, sluice.getLast().millisToFirstRequest(), baseline.getLast().millisToFirstRequest());
    }
    double sluiceMillis = median(sluice, StartupBench.Result::millisToFirstRequest);
    double baseMillis = median(baseline, StartupBench.Result::millisToFirstRequest);
    double sluiceRss = median(sluice, r -> r.idleRssKib() / 1024.0);
    double baseRss = median(baseline, r -> r.idleRssKib() / 1024.0);
    report.table(
        List.of("server", "runs", "median ms to first 200", "all runs ms", "median idle RSS MiB"),
        List.of(
            List.of(
                StartupBench.serverJvmFlags().isEmpty()
                    ? "Sluice (`java -jar sluice-server.jar up`)"
                    : "Sluice (`./sluice up`, start-up cache)",
                Integer.toString(sluice.size()),
                Report.number(sluiceMillis),
                all(sluice),
                Report.number(sluiceRss)),
            List.of(
                "jwebserver (baseline)",
                Integer.toString(baseline.size()),
                Report.number(baseMillis),
                all(baseline),
                Report.number(baseRss)),
            List.of(
                "Sluice / jwebserver",
                "",
                Report.number(sluiceMillis / baseMillis) + "x",
                "",
                Report.number(sluiceRss / baseRss) + "x")));
    report.paragraph(
        "Probed every 2 ms on `/_sluice/health` (Sluice) and `/` (jwebserver); RSS read from "
            + "`/proc/<pid>/status` 3 s after the first 200. "
            + sluiceFlags()
            + " jwebserver with default JVM flags.");
    report.heading(3, "Targets");
    report.table(
        List.of("target", "measured", "verdict"),
        List.of(
            List.of(
                "start-up to first served request < 1 s",
                Report.number(sluiceMillis) + " ms",
                Report.verdict(sluiceMillis < 1000))));
  }

  /** How Sluice was launched: the flags of {@code ./sluice up}, with file names for paths. */
  private static String sluiceFlags() {
    var flags = StartupBench.serverJvmFlags();
    if (flags.isEmpty()) {
      return "Sluice as `java -jar sluice-server.jar up` with default JVM flags (no start-up"
          + " cache).";
    }
    var shown =
        flags.stream()
            .map(flag -> flag.replaceAll("=/\\S*/", "="))
            .reduce((a, b) -> a + " " + b)
            .orElse("");
    return "Sluice as `./sluice up` starts it: `java "
        + shown
        + " -jar sluice-server.jar up` (the start-up cache the launcher records after each"
        + " build).";
  }

  private static String all(List<StartupBench.Result> results) {
    return String.join(
        ", ", results.stream().map(r -> Report.number(r.millisToFirstRequest())).toList());
  }

  private static double median(
      List<StartupBench.Result> results, ToDoubleFunction<StartupBench.Result> value) {
    double[] values = results.stream().mapToDouble(value).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
