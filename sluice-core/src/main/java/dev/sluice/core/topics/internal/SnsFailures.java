package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** SNS's failures as the query protocol renders them. */
final class SnsFailures {
  private SnsFailures() {}

  static <T> Result<T> invalidParameter(String what) {
    return Result.err(Failure.of("InvalidParameter", 400, "Invalid parameter: " + what));
  }

  static <T> Result<T> topicNotFound() {
    return Result.err(Failure.of("NotFound", 404, "Topic does not exist"));
  }

  static <T> Result<T> subscriptionNotFound() {
    return Result.err(Failure.of("NotFound", 404, "Subscription does not exist"));
  }

  static <T> Result<T> resourceNotFound() {
    return Result.err(Failure.of("ResourceNotFound", 404, "Resource does not exist"));
  }

  static <T> Result<T> invalidToken() {
    return Result.err(Failure.of("InvalidParameter", 400, "Invalid token"));
  }
}
