package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import dev.sluice.server.SparkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Section 7: the streaming word count of scenario 1 (Python mapper, {@code aggregate} reducer) as a
 * Data Pipeline EmrActivity on Sluice (Spark in a child JVM), beside Hadoop streaming in local
 * mode, sluice-spark's job run directly, the mapper alone and a one-thread Java count of the same
 * bytes, on generated corpora of 64 MiB and (full run) 512 MiB. Every output is checked against the
 * Java count.
 */
final class PipelineSection {
  static final long MIB = 1 << 20;
  static final int FILES = 8;
  static final long SEED = 20261121L;
  static final String BUCKET = "bench";

  /** The target at 512 MiB: activation to FINISHED, and Hadoop streaming / Sluice. */
  static final double TARGET_SECONDS = 15;

  static final double TARGET_RATIO = 5.5;

  private final BenchOptions options;
  private final Report report;
  private final int cores = Runtime.getRuntime().availableProcessors();
  private final List<String> failures = new ArrayList<>();
  private final List<List<String>> targets = new ArrayList<>();

  PipelineSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "7. Pipelines: scenario 1's streaming word count against Hadoop streaming");
    var checkout =
        BenchCheckout.find(Path.of(""), options.serverJar())
            .orElseThrow(() -> new IllegalStateException("Run the bench from a Sluice checkout"));
    var scratch = Files.createDirectories(workDir.resolve("pipelines"));
    var hadoop = HadoopStreamingBaseline.prepare(checkout, scratch);
    var bareJob = SparkStreamingJob.locate(checkout.sparkHome());
    var spark = SparkOptions.defaults();
    if (bareJob.isPresent()) {
      spark = spark.withHome(checkout.sparkHome());
    }
    var config =
        SluiceConfig.defaults().withPort(0).withDataDir(scratch.resolve("sluice")).withSpark(spark);
    try (var sluice = Sluice.create(config).start();
        var clients = new PipelineClients(sluice.endpoint())) {
      clients.createBucket(BUCKET);
      clients.upload(BUCKET, "wordSplitter.py", checkout.wordSplitter());
      var runs = new PipelineRuns(clients, checkout.wordSplitter());
      firstStep(runs, scratch.resolve("first"));
      var classData = SparkClassData.find(checkout.sparkHome(), sluice.dataDir()).orElse(null);
      for (long mib : options.quick() ? List.of(64L) : List.of(64L, 512L)) {
        var size =
            new CorpusSize(
                mib, scratch.resolve(mib + "mib"), hadoop, bareJob.orElse(null), classData, runs);
        measure(size, checkout);
        DirectoryTrees.delete(size.dir());
      }
    }
    printTargets();
    report.paragraph(description(hadoop, bareJob.isPresent(), checkout));
    if (!failures.isEmpty()) {
      report.paragraph("**Failed:** " + String.join("; ", failures));
      throw new IllegalStateException("Pipelines section failed:\n" + String.join("\n", failures));
    }
  }

  /** One corpus size and what runs on it. */
  private record CorpusSize(
      long mib,
      Path dir,
      HadoopStreamingBaseline.Setup hadoop,
      SparkStreamingJob bareJob,
      Path classData,
      PipelineRuns runs) {}

  /**
   * The first step on the fresh data directory, on a 1 MiB corpus: Sluice's Spark launcher records
   * its class data archive as that JVM exits, so later steps start faster. Reported apart; the
   * measured runs come after it.
   */
  private void firstStep(PipelineRuns runs, Path dir) throws Exception {
    var files = new WordCorpus(SEED + 1).write(dir, MIB, 2);
    var expected = JavaWordCount.count(files);
    try {
      var run = runs.run("first", files, Duration.ofMinutes(5));
      check("Sluice pipeline (first step)", expected, run.counts());
      progress("first step", run.seconds());
      report.paragraph(
          "First step on the fresh data directory (1 MiB corpus, not measured below; Spark's class"
              + " data archive is recorded as its JVM exits): activation to FINISHED "
              + Report.number(run.seconds())
              + " s, to the first Spark task "
              + Report.number(run.timeline().toFirstTask())
              + " s, Spark JVM "
              + Report.number(run.timeline().sparkJvm())
              + " s.");
    } catch (Exception e) {
      failures.add("first step (1 MiB): " + e);
    } finally {
      DirectoryTrees.delete(dir);
    }
  }

  private void measure(CorpusSize size, BenchCheckout checkout) throws Exception {
    System.err.printf("  pipelines: generating %d MiB%n", size.mib());
    long generating = System.nanoTime();
    var files = new WordCorpus(SEED).write(size.dir().resolve("corpus"), size.mib() * MIB, FILES);
    double generated = (System.nanoTime() - generating) / 1e9;
    var java = JavaBaseline.measure(files);
    var table = new PipelineTable(size.mib(), java.seconds());
    var mapper = checkout.wordSplitter();
    progress("Java count", java.seconds());
    var hadoopRow = hadoopRow(size, mapper, java.counts());
    var floor = MapperFloor.run(files, mapper, cores, Files.createDirectories(size.dir()));
    progress("mapper alone", floor.seconds());
    var bareRow = bareRow(size, files, mapper, java.counts());
    sluiceRows(size, files, java.counts()).accept(table);
    bareRow.accept(table);
    hadoopRow.accept(table);
    table.floor("Python mapper alone, " + cores + " processes, output discarded", floor);
    table.java();
    report.heading(3, size.mib() + " MiB corpus");
    report.paragraph(
        corpusLine(files, java.counts(), generated)
            + " Java count: best of 2 runs in the bench JVM, one thread.");
    report.table(PipelineTable.HEADER, table.rows());
    if (size.mib() == 512) {
      targets.addAll(table.targets(TARGET_SECONDS, TARGET_RATIO));
    }
  }

  /** Runs the pipeline; returns how to fill its rows in. */
  private Consumer<PipelineTable> sluiceRows(
      CorpusSize size, List<Path> files, Map<String, Long> expected) {
    try {
      var run =
          size.runs()
              .run(
                  Long.toString(size.mib()),
                  files,
                  Duration.ofMinutes(5).plusSeconds(size.mib() * 4));
      progress("Sluice pipeline", run.seconds());
      check("Sluice pipeline", expected, run.counts());
      return table -> table.sluice(run);
    } catch (Exception e) {
      failures.add(size.mib() + " MiB, Sluice pipeline: " + e);
      return table -> table.failed("Sluice pipeline, activation to FINISHED", e);
    }
  }

  private Consumer<PipelineTable> bareRow(
      CorpusSize size, List<Path> files, Path mapper, Map<String, Long> expected) {
    var label =
        "sluice-spark's StreamingMain alone (Spark JVM, local["
            + cores
            + "], "
            + (size.classData() == null
                ? "no class data archive found"
                : "the same class data archive")
            + ")";
    if (size.bareJob() == null) {
      return table ->
          table.notRun(label, "sluice-spark is not built (./mvnw -pl sluice-spark -am package)");
    }
    try {
      var run =
          size.bareJob().run(files, mapper, cores, size.classData(), size.dir().resolve("bare"));
      progress("StreamingMain alone", run.child().seconds());
      check("StreamingMain alone", expected, run.counts());
      return table -> table.add(label, run.child());
    } catch (Exception e) {
      failures.add(size.mib() + " MiB, StreamingMain alone: " + e);
      return table -> table.failed(label, e);
    }
  }

  private Consumer<PipelineTable> hadoopRow(
      CorpusSize size, Path mapper, Map<String, Long> expected) {
    var label = "Hadoop streaming 3.4.2, local mode";
    if (size.hadoop().baseline() == null) {
      return table -> table.notRun(label, size.hadoop().unavailable());
    }
    try {
      var baseline = size.hadoop().baseline();
      var run = baseline.run(size.dir().resolve("corpus"), mapper, size.dir().resolve("hadoop"));
      progress("Hadoop streaming", run.child().seconds());
      check("Hadoop streaming", expected, run.counts());
      return table -> table.hadoop(label + " (JDK " + baseline.javaVersion() + ")", run.child());
    } catch (Exception e) {
      failures.add(size.mib() + " MiB, Hadoop streaming: " + e);
      return table -> table.failed(label, e);
    }
  }

  private static void progress(String what, double seconds) {
    System.err.printf("  pipelines: %s %.2f s%n", what, seconds);
  }

  private static void check(String what, Map<String, Long> expected, Map<String, Long> actual) {
    var difference = WordCountOutput.difference(expected, actual);
    if (difference != null) {
      throw new IllegalStateException(what + " counted wrong: " + difference);
    }
  }

  private static String corpusLine(List<Path> files, Map<String, Long> counts, double seconds)
      throws IOException {
    long bytes = 0;
    for (var file : files) {
      bytes += Files.size(file);
    }
    long words = counts.values().stream().mapToLong(Long::longValue).sum();
    return String.format(
        Locale.ROOT,
        "Corpus: %,d bytes in %d files, %,d words, %,d distinct (generated in %.1f s, seed %d).",
        bytes,
        files.size(),
        words,
        counts.size(),
        seconds,
        SEED);
  }

  private void printTargets() {
    report.heading(3, "Targets");
    if (targets.isEmpty()) {
      report.paragraph("The targets are read at 512 MiB, which only the full run measures.");
      return;
    }
    report.table(List.of("target", "measured", "verdict"), targets);
  }

  private String description(
      HadoopStreamingBaseline.Setup hadoop, boolean bareBuilt, BenchCheckout checkout) {
    return PipelineTable.describe(cores, FILES, Duration.ofMillis(PipelineRuns.POLL_MILLIS))
        + (hadoop.baseline() == null
            ? " Hadoop streaming did not run: " + hadoop.unavailable()
            : "")
        + (bareBuilt ? "" : " " + checkout.sparkHome() + " holds no sluice-spark.jar.");
  }
}
