package dev.sluice.core.topics.filter.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** SNS's refusal of a filter policy. */
public final class PolicyError {

  private PolicyError() {}

  public static Failure failure(String detail) {
    return Failure.of("InvalidParameter", 400, "Invalid parameter: FilterPolicy: " + detail);
  }

  public static <T> Result<T> err(String detail) {
    return Result.err(failure(detail));
  }
}
