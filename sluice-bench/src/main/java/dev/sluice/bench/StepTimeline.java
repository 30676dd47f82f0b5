package dev.sluice.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a pipeline step's log tells about its timing, against the moment of activation (epoch
 * milliseconds, one machine clock): when Sluice launched Spark, when Spark's first task started
 * (the first {@code Starting task} line), and how long the Spark JVM ran by the launcher's own
 * count. NaN where the log has no such line.
 *
 * @param toLaunch seconds from activation to the launcher's "starting Spark" line
 * @param toFirstTask seconds from activation to the first "Starting task" line
 * @param sparkJvm seconds the Spark JVM ran (the launcher's "Spark ended ... after N ms")
 */
record StepTimeline(double toLaunch, double toFirstTask, double sparkJvm) {
  static final String LAUNCH = "Sluice: starting Spark";
  static final String FIRST_TASK = "Starting task ";
  private static final Pattern ENDED =
      Pattern.compile("Sluice: Spark ended with exit code 0 after (\\d+) ms");

  /** A log line: epoch milliseconds and message. */
  record Line(long timestamp, String message) {}

  static StepTimeline of(long activatedAt, List<Line> lines) {
    double launch = Double.NaN;
    double firstTask = Double.NaN;
    double jvm = Double.NaN;
    for (var line : lines) {
      double since = (line.timestamp() - activatedAt) / 1000.0;
      if (Double.isNaN(launch) && line.message().contains(LAUNCH)) {
        launch = since;
      }
      if (Double.isNaN(firstTask) && line.message().contains(FIRST_TASK)) {
        firstTask = since;
      }
      var ended = ENDED.matcher(line.message());
      if (ended.find()) {
        jvm = Long.parseLong(ended.group(1)) / 1000.0;
      }
    }
    return new StepTimeline(launch, firstTask, jvm);
  }
}
