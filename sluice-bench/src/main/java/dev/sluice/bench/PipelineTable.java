package dev.sluice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of one corpus size in the pipelines section: every run's seconds, its CPU where known,
 * and the ratios Hadoop streaming / run and run / Java, computed once every run is in.
 */
final class PipelineTable {
  static final List<String> HEADER =
      List.of("run", "seconds", "CPU s (process tree)", "Hadoop streaming / this", "this / Java");

  /** A row; {@code ratios} false for parts of a run (no ratios against the whole). */
  private record Entry(String label, String seconds, double value, double cpu, boolean ratios) {}

  private final long mib;
  private final double javaSeconds;
  private final List<Entry> entries = new ArrayList<>();
  private double hadoopSeconds = Double.NaN;
  private double sluiceSeconds = Double.NaN;
  private double floorSeconds = Double.NaN;

  PipelineTable(long mib, double javaSeconds) {
    this.mib = mib;
    this.javaSeconds = javaSeconds;
  }

  void sluice(PipelineRuns.Run run) {
    sluiceSeconds = run.seconds();
    entries.add(timed("**Sluice pipeline, activation to FINISHED**", run.seconds(), true));
    var timeline = run.timeline();
    entries.add(timed("- activation to Spark JVM launched (step log)", timeline.toLaunch(), false));
    var marker = timeline.firstTaskMarker() == null ? "none found" : timeline.firstTaskMarker();
    entries.add(
        timed(
            "- **activation to first Spark task** (step log: first `" + marker + "`)",
            timeline.toFirstTask(),
            false));
    entries.add(timed("- Spark JVM, launch to exit (step log)", timeline.sparkJvm(), false));
    entries.add(
        timed("- before activation: S3 upload of the corpus (SDK)", run.uploadSeconds(), false));
  }

  void hadoop(String label, ChildRun run) {
    hadoopSeconds = run.seconds();
    add(label, run);
  }

  void floor(String label, ChildRun run) {
    floorSeconds = run.seconds();
    add(label, run);
  }

  void add(String label, ChildRun run) {
    entries.add(
        new Entry(label, Report.number(run.seconds()), run.seconds(), run.cpuSeconds(), true));
  }

  void java() {
    entries.add(timed("Java, one thread, HashMap (in the bench JVM)", javaSeconds, true));
  }

  void failed(String label, Exception e) {
    entries.add(new Entry(label, "failed: " + oneLine(e), Double.NaN, Double.NaN, false));
  }

  void notRun(String label, String reason) {
    entries.add(new Entry(label, "not run: " + reason, Double.NaN, Double.NaN, false));
  }

  List<List<String>> rows() {
    return entries.stream()
        .map(
            e ->
                List.of(
                    e.label(),
                    e.seconds(),
                    Double.isNaN(e.cpu()) ? "-" : Report.number(e.cpu()),
                    e.ratios() ? ratio(hadoopSeconds, e.value()) : "-",
                    e.ratios() ? ratio(e.value(), javaSeconds) : "-"))
        .toList();
  }

  /** The two targets, read at this size. */
  List<List<String>> targets(double seconds, double ratio) {
    var measured = hadoopSeconds / sluiceSeconds;
    return List.of(
        List.of(
            "Sluice, activation to FINISHED at " + mib + " MiB <= " + Report.number(seconds) + " s",
            Report.number(sluiceSeconds) + " s",
            Double.isNaN(sluiceSeconds) ? "n/a" : Report.verdict(sluiceSeconds <= seconds)),
        List.of(
            "Hadoop streaming / Sluice at " + mib + " MiB >= " + ratio + " x",
            ratio(hadoopSeconds, sluiceSeconds),
            Double.isNaN(measured) ? "n/a" : Report.verdict(measured >= ratio)),
        List.of(
            "(the floor: the mapper alone at " + mib + " MiB, on every core)",
            Report.number(floorSeconds) + " s",
            "-"));
  }

  static String describe(int cores, int files, Duration poll) {
    return "An embedded Sluice (embedded store, Spark in a child JVM, master local["
        + cores
        + "], 1 GiB heap) on a fresh data directory; the AWS SDK for Java v2 uploads the corpus ("
        + files
        + " files) and the mapper to S3, creates a pipeline (Default ondemand, EmrCluster,"
        + " EmrActivity with the step `/home/hadoop/contrib/streaming/hadoop-streaming.jar,-input,"
        + "s3://bench/corpus-N/,-output,s3://bench/out-N/#{@scheduledStartTime},-mapper,"
        + "s3://bench/wordSplitter.py,-reducer,aggregate`), activates it and polls DescribePipelines"
        + " every "
        + poll.toMillis()
        + " ms until `@pipelineState` is FINISHED. The step's times come from its log in"
        + " CloudWatch Logs (`/aws/datapipeline/<pipelineId>`): the launcher's \"starting Spark\""
        + " line, Spark's first \"Starting task\" line and the launcher's \"Spark ended ... after N"
        + " ms\". sluice-spark's StreamingMain alone: the same Spark JVM (SparkSubmit, same flags,"
        + " heap and master) on a job spec of the local corpus files, no pipeline, no S3. Hadoop"
        + " streaming 3.4.2 in local mode (`mapreduce.framework.name=local`, `file:///`, otherwise"
        + " its defaults: LocalJobRunner runs one map task at a time) in a child JVM, `-mapper"
        + " \"python3 wordSplitter.py\" -file wordSplitter.py -reducer aggregate`. The mapper alone:"
        + " the files dealt to one `cat | python3 wordSplitter.py > /dev/null` per core, the floor of"
        + " any run of this mapper here. Java: `[a-zA-Z][a-zA-Z0-9]*` lower-cased, counted in a"
        + " HashMap in one thread. Every run's output equals the Java count (checked, word by"
        + " word). CPU: user + system of the child process and everything it started (bash"
        + " `times`). The corpus: Zipf-distributed words (exponent 1) of a 20,000-word vocabulary,"
        + " some capitalised or upper-case, one word in twenty with a digit inside, punctuation"
        + " and numbers between words, 6-14 words per line, generated from a fixed seed.";
  }

  private static Entry timed(String label, double seconds, boolean ratios) {
    return new Entry(label, Report.number(seconds), seconds, Double.NaN, ratios);
  }

  private static String ratio(double numerator, double denominator) {
    double ratio = numerator / denominator;
    return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : Report.number(ratio) + " x";
  }

  private static String oneLine(Exception e) {
    var message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).replace("|", "\\|");
  }
}
