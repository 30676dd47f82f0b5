package dev.sluice.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One job's runs in the jobs section, Sluice's beside the bare processes', and its rows of the
 * table: medians and 90th percentiles (nearest rank), Sluice's median over the bare process's, and
 * their difference, Sluice's overhead.
 */
final class JobSamples {
  static final List<String> HEADER =
      List.of(
          "job",
          "from the start to",
          "Sluice p50 / p90 ms",
          "bare process p50 / p90 ms",
          "Sluice / bare (p50)",
          "Sluice overhead, p50 ms",
          "bare SparkSubmit p50 / p90 ms",
          "Sluice - bare SparkSubmit, p50 ms");

  private final String job;
  private final String entered;
  private final List<JobTiming> sluice = new ArrayList<>();
  private final List<JobTiming> bare = new ArrayList<>();
  private final List<JobTiming> submit = new ArrayList<>();

  /**
   * @param job the job's label in the table
   * @param entered what "main() entered" is for this job
   */
  JobSamples(String job, String entered) {
    this.job = job;
    this.entered = entered;
  }

  void sluice(JobTiming timing) {
    sluice.add(timing);
  }

  void bare(JobTiming timing) {
    bare.add(timing);
  }

  void submit(JobTiming timing) {
    submit.add(timing);
  }

  int runs() {
    return sluice.size();
  }

  List<List<String>> rows() {
    return List.of(
        row(entered, JobTiming::toMain),
        row("the end (SUCCEEDED seen / exit)", JobTiming::total),
        sluiceOnly("- Sluice's line that starts the process (run's log)", JobTiming::toLaunch),
        sluiceOnly(
            "- CPU ms of the bench JVM: Sluice and its polling client", JobTiming::benchCpu));
  }

  private List<String> sluiceOnly(String what, ToDoubleFunction<JobTiming> measure) {
    return List.of(job, what, percentiles(sluice, measure), "-", "-", "-", "-", "-");
  }

  private List<String> row(String to, ToDoubleFunction<JobTiming> measure) {
    double sluiceMedian = median(sluice, measure);
    double ratio = sluiceMedian / median(bare, measure);
    return List.of(
        job,
        to,
        percentiles(sluice, measure),
        percentiles(bare, measure),
        Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : Report.number(ratio) + " x",
        difference(sluiceMedian, median(bare, measure)),
        percentiles(submit, measure),
        difference(sluiceMedian, median(submit, measure)));
  }

  private static double median(List<JobTiming> runs, ToDoubleFunction<JobTiming> measure) {
    return stats(runs, measure).percentileMillis(50);
  }

  private static String difference(double minuend, double subtrahend) {
    double difference = minuend - subtrahend;
    return Double.isNaN(difference) ? "-" : String.format(Locale.ROOT, "%,.0f", difference);
  }

  private static String percentiles(List<JobTiming> runs, ToDoubleFunction<JobTiming> measure) {
    var stats = stats(runs, measure);
    if (stats.count() == 0) {
      return "-";
    }
    return Report.number(stats.percentileMillis(50))
        + " / "
        + Report.number(stats.percentileMillis(90));
  }

  /** The runs' values of {@code measure} that are known, as nanoseconds. */
  static Stats stats(List<JobTiming> runs, ToDoubleFunction<JobTiming> measure) {
    return new Stats(
        runs.stream()
            .mapToDouble(measure)
            .filter(value -> !Double.isNaN(value))
            .mapToLong(millis -> Math.round(millis * 1e6))
            .toArray());
  }
}
