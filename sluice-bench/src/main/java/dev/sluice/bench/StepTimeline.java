package dev.sluice.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a pipeline step's log tells about its timing, against the moment of activation (epoch
 * milliseconds, one machine clock): when Sluice launched Spark, when Spark's first task started,
 * and how long the Spark JVM ran by the launcher's own count. NaN where the log has no such line.
 *
 * @param toLaunch seconds from activation to the launcher's "starting Spark" line
 * @param toFirstTask seconds from activation to the first line of {@code firstTaskMarker}
 * @param firstTaskMarker the first of {@link #FIRST_TASK_MARKERS} the log holds, or null
 * @param sparkJvm seconds the Spark JVM ran (the launcher's "Spark ended ... after N ms")
 */
record StepTimeline(double toLaunch, double toFirstTask, String firstTaskMarker, double sparkJvm) {
  static final String LAUNCH = "Sluice: starting Spark";

  /**
   * Lines that show the first task started, best first: the launcher's own line, Spark's INFO lines
   * of the scheduler and the executor, and sluice-spark's Hadoop-style first progress line, logged
   * just before it submits the job's first stage (sluice-spark keeps Spark's logging at WARN).
   */
  static final List<String> FIRST_TASK_MARKERS =
      List.of(
          "Sluice: first Spark task started after",
          "Starting task ",
          "Running task ",
          " map 0% reduce 0%");

  private static final Pattern ENDED =
      Pattern.compile("Sluice: Spark ended with exit code 0 after (\\d+) ms");

  /** A log line: epoch milliseconds and message. */
  record Line(long timestamp, String message) {}

  static StepTimeline of(long activatedAt, List<Line> lines) {
    double launch = seconds(activatedAt, first(lines, LAUNCH));
    String marker = null;
    double firstTask = Double.NaN;
    for (var candidate : FIRST_TASK_MARKERS) {
      var line = first(lines, candidate);
      if (line != null) {
        marker = candidate.strip();
        firstTask = seconds(activatedAt, line);
        break;
      }
    }
    double jvm = Double.NaN;
    for (var line : lines) {
      var ended = ENDED.matcher(line.message());
      if (ended.find()) {
        jvm = Long.parseLong(ended.group(1)) / 1000.0;
      }
    }
    return new StepTimeline(launch, firstTask, marker, jvm);
  }

  private static Line first(List<Line> lines, String marker) {
    return lines.stream().filter(l -> l.message().contains(marker)).findFirst().orElse(null);
  }

  private static double seconds(long activatedAt, Line line) {
    return line == null ? Double.NaN : (line.timestamp() - activatedAt) / 1000.0;
  }
}
