package dev.sluice.core.pipelines.work;

/**
 * How work ended. A failure's {@code errorMessage} says what failed (a mapper's exit status, ...);
 * {@code errorStackTrace} holds the end of its stderr or the stack trace. A precondition that does
 * not hold is a failure too. Work stopped at its time limit is a failure that {@code timedOut}.
 */
public record WorkOutcome(
    boolean succeeded, String errorMessage, String errorStackTrace, boolean timedOut) {

  public static WorkOutcome success() {
    return new WorkOutcome(true, null, null, false);
  }

  public static WorkOutcome failure(String message, String detail) {
    return new WorkOutcome(false, message, detail, false);
  }

  /** Work killed because its time limit ({@link WorkContext#timeout()}) passed. */
  public static WorkOutcome timedOut(String message, String detail) {
    return new WorkOutcome(false, message, detail, true);
  }
}
