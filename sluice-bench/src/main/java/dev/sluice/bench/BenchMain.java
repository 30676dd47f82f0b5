package dev.sluice.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/**
 * The load driver: measures Sluice against baselines taken in the same run and prints a Markdown
 * report. {@code ./sluice bench [--quick] [--only
 * s3|events|startup|functions|workflows|topics|pipelines|jobs] [--out FILE]}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(options);
    System.exit(0); // the SDK's and Jetty's idle threads must not keep the JVM alive
  }

  static void run(BenchOptions options) throws Exception {
    var report = new Report(System.out);
    var workDir = Files.createTempDirectory(options.workDir(), "sluice-bench-");
    long started = System.nanoTime();
    try {
      report.heading(1, "Sluice benchmark " + (options.quick() ? "(quick) " : "") + Instant.now());
      report.paragraph(MachineInfo.describe(workDir));
      if (options.runs("s3")) {
        new ThroughputSection(options, report).run(workDir);
      }
      if (options.runs("events")) {
        new EventSection(options, report).run(workDir);
      }
      if (options.runs("startup")) {
        new StartupSection(options, report).run(workDir);
      }
      if (options.runs("functions")) {
        new FunctionSection(options, report).run(workDir);
      }
      if (options.runs("workflows")) {
        new WorkflowSection(options, report).run(workDir);
      }
      if (options.runs("topics")) {
        new TopicSection(options, report).run(workDir);
      }
      if (options.runs("pipelines")) {
        new PipelineSection(options, report).run(workDir);
      }
      if (options.runs("jobs")) {
        new JobSection(options, report).run(workDir);
      }
      var elapsed = Duration.ofNanos(System.nanoTime() - started);
      report.paragraph(
          "Run took "
              + elapsed.toSeconds()
              + " s; load average at the end (1, 5, 15 min): "
              + MachineInfo.loadAverage());
    } finally {
      if (options.out() != null) { // also what a failed section printed before it failed
        report.writeTo(options.out());
        System.err.println("Report written to " + options.out().toAbsolutePath());
      }
      DirectoryTrees.delete(workDir);
    }
  }
}
