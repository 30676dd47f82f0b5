package dev.sluice.core.pipelines.work.internal;

import dev.sluice.core.pipelines.work.ShellRunner.ShellResult;
import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Failure;
import java.util.Optional;

/** How work reports what went wrong: S3 failures, shell commands, interruption. */
final class Outcomes {
  /** How much of a command's stderr a failure keeps (its end). */
  static final int STDERR_TAIL = 4096;

  private Outcomes() {}

  static WorkOutcome failed(String what, Failure failure) {
    return WorkOutcome.failure(what + ": " + failure.code() + ": " + failure.message(), null);
  }

  /** Empty when the command ended with exit status 0 in time. */
  static Optional<WorkOutcome> ofShell(String what, ShellResult result) {
    if (result.timedOut()) {
      return Optional.of(WorkOutcome.timedOut(what + " timed out", tail(result.stderr())));
    }
    if (result.exitCode() != 0) {
      return Optional.of(
          WorkOutcome.failure(
              what + " failed with exit code " + result.exitCode(), tail(result.stderr())));
    }
    return Optional.empty();
  }

  /** Empty unless the running thread was interrupted (the flag stays set for the caller). */
  static Optional<WorkOutcome> interrupted() {
    return Thread.currentThread().isInterrupted()
        ? Optional.of(WorkOutcome.failure("The work was interrupted", null))
        : Optional.empty();
  }

  static String tail(String text) {
    if (text == null || text.length() <= STDERR_TAIL) {
      return text;
    }
    return text.substring(text.length() - STDERR_TAIL);
  }
}
