package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.process.PipedProcess;
import java.io.IOException;
import java.util.Map;

/**
 * Starts a task's command (killed with the task if Spark kills it) and judges how it ended, with
 * Hadoop streaming's messages.
 */
final class Commands {

  private Commands() {}

  static PipedProcess start(
      JobPlan plan,
      Program.Command command,
      TaskDirectory dir,
      Map<String, String> env,
      TaskIds ids) {
    try {
      PipedProcess process =
          PipedProcess.start(
              command.line(), dir.path(), env, plan.reporterPrefix(), ids.attemptId());
      process.closeWith(KillWatch.of(process));
      return process;
    } catch (IOException e) {
      throw new StreamingTaskException(
          ids.attemptId(),
          "java.lang.RuntimeException: configuration exception: java.io.IOException: "
              + e.getMessage(),
          "");
    }
  }

  /**
   * Waits for the command and fails the task as Hadoop does: a non-zero exit first (unless {@code
   * stream.non.zero.exit.is.failure} is false), then a failed write to its stdin.
   */
  static void finish(PipedProcess process, JobPlan plan, TaskIds ids, TaskCounts counts)
      throws InterruptedException {
    PipedProcess.Exit exit = process.finish();
    counts.addReported(exit.counters());
    KillWatch.throwIfKilled();
    if (exit.code() != 0 && plan.nonZeroExitIsFailure()) {
      throw new StreamingTaskException(
          ids.attemptId(),
          "java.lang.RuntimeException: PipeMapRed.waitOutputThreads(): subprocess failed with code "
              + exit.code(),
          exit.stderrTail());
    }
    if (exit.inputError() != null) {
      throw new StreamingTaskException(
          ids.attemptId(),
          "java.io.IOException: " + exit.inputError().getMessage(),
          exit.stderrTail());
    }
  }
}
