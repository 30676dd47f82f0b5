package dev.sluice.runtime.steps.internal;

import dev.sluice.core.pipelines.work.WorkOutcome;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/**
 * A step that cannot run or did not succeed, as a {@link Failure}: the message is the attempt's
 * error message, the {@code detail} (if any) its error stack trace.
 */
public final class StepFailure {

  public static final String CODE = "StepFailed";
  private static final String DETAIL = "detail";

  private StepFailure() {}

  public static Failure of(String message) {
    return Failure.of(CODE, 400, message);
  }

  public static Failure of(String message, String detail) {
    var failure = of(message);
    return detail == null ? failure : failure.with(DETAIL, detail);
  }

  public static <T> Result<T> err(String message) {
    return Result.err(of(message));
  }

  public static <T> Result<T> err(String message, String detail) {
    return Result.err(of(message, detail));
  }

  public static WorkOutcome outcome(Failure failure) {
    return WorkOutcome.failure(failure.message(), failure.details().get(DETAIL));
  }
}
