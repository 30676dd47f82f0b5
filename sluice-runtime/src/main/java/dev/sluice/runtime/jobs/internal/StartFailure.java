package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** A run that cannot start; the message becomes the run's ErrorMessage. */
public final class StartFailure {

  public static final String CODE = "JobRunNotStarted";

  private StartFailure() {}

  public static <T> Result<T> err(String message) {
    return Result.err(Failure.of(CODE, 400, message));
  }

  /** The same failure with its message as the run's. */
  public static <T> Result<T> err(Failure failure) {
    return err(failure.message());
  }
}
