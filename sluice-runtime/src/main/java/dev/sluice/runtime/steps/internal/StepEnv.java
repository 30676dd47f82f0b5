package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.ObjectFiles;
import dev.sluice.core.pipelines.work.WorkContext;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.runtime.steps.SparkSettings;
import java.nio.file.Path;

/**
 * What one step runs with: the settings, the object store, the attempt's context, the step's own
 * directory, its log and when it must end.
 */
public record StepEnv(
    SparkSettings settings,
    ObjectFiles objects,
    WorkContext context,
    Path stepDir,
    StepLog log,
    Deadline deadline) {

  /** The directory relative local paths in step arguments are read from. */
  public Path base() {
    return context.workDir() != null ? context.workDir() : stepDir;
  }

  /** The outcome of a Spark JVM that was stopped, or null when it exited on its own. */
  public WorkOutcome stopped(SparkLaunch.Launched launched) {
    return switch (launched.ending()) {
      case ChildProcess.Ending.TimedOut t ->
          WorkOutcome.timedOut(timedOut(), launched.stderrTail());
      case ChildProcess.Ending.Interrupted i ->
          WorkOutcome.failure(interrupted(), launched.stderrTail());
      case ChildProcess.Ending.Exited e -> null;
    };
  }

  String timedOut() {
    return "The step ran longer than its timeout (" + context.timeout() + ") and was stopped";
  }

  String interrupted() {
    return "The step was interrupted and stopped";
  }
}
