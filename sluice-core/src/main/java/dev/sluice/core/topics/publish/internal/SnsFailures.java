package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Failure;

/** SNS's two parameter error codes, as Publish answers them. */
final class SnsFailures {
  private SnsFailures() {}

  /** {@code InvalidParameter}, 400: {@code "Invalid parameter: " + what}. */
  static Failure invalidParameter(String what) {
    return Failure.of("InvalidParameter", 400, "Invalid parameter: " + what);
  }

  /** {@code ParameterValueInvalid}, 400, with SNS's message as it is. */
  static Failure invalidValue(String message) {
    return Failure.of("ParameterValueInvalid", 400, message);
  }
}
