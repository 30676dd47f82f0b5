package dev.sluice.core.logs.internal;

import dev.sluice.core.result.Failure;

/** CloudWatch Logs' errors, with its codes and messages. */
final class LogFailures {
  private LogFailures() {}

  static Failure noSuchGroup() {
    return Failure.of("ResourceNotFoundException", 400, "The specified log group does not exist.");
  }

  static Failure noSuchStream() {
    return Failure.of("ResourceNotFoundException", 400, "The specified log stream does not exist.");
  }

  static Failure groupExists() {
    return Failure.of(
        "ResourceAlreadyExistsException", 400, "The specified log group already exists");
  }

  static Failure streamExists() {
    return Failure.of(
        "ResourceAlreadyExistsException", 400, "The specified log stream already exists");
  }

  static Failure invalidParameter(String message) {
    return Failure.of("InvalidParameterException", 400, message);
  }

  static Failure invalidToken() {
    return invalidParameter("The specified nextToken is invalid.");
  }

  /** The message of AWS's request validation for one member. */
  static Failure constraint(Object value, String member, String constraint) {
    return invalidParameter(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + member
            + "' failed to satisfy constraint: "
            + constraint);
  }
}
