package dev.sluice.core.functions.internal;

import dev.sluice.core.result.Failure;

/** Lambda's errors, with its codes, statuses and messages; every one is a User error. */
final class LambdaFailures {
  static final String FUNCTION_NAME_PATTERN =
      "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?"
          + "([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

  private LambdaFailures() {}

  static Failure of(String code, int status, String message) {
    return Failure.of(code, status, message).with("Type", "User");
  }

  static Failure notFound(String message) {
    return of("ResourceNotFoundException", 404, message);
  }

  static Failure functionNotFound(String arn) {
    return notFound("Function not found: " + arn);
  }

  static Failure conflict(String message) {
    return of("ResourceConflictException", 409, message);
  }

  static Failure invalidParameter(String message) {
    return of("InvalidParameterValueException", 400, message);
  }

  static Failure validation(String value, String field, String constraint) {
    return of(
        "ValidationException",
        400,
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + field
            + "' failed to satisfy constraint: "
            + constraint);
  }

  static Failure required(String field) {
    return of(
        "ValidationException",
        400,
        "1 validation error detected: Value null at '"
            + field
            + "' failed to satisfy constraint: Member must not be null");
  }

  static Failure staleRevision() {
    return of(
        "PreconditionFailedException",
        412,
        "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/"
            + "GetAlias API to retrieve the latest Revision Id");
  }

  static Failure busy(String arn) {
    return conflict(
        "The operation cannot be performed at this time. An update is in progress for resource: "
            + arn);
  }

  static Failure tooLarge(long limit) {
    return of(
        "RequestEntityTooLargeException",
        413,
        "Request must be smaller than " + limit + " bytes for the InvokeFunction operation");
  }

  static Failure throttled() {
    return of("TooManyRequestsException", 429, "Rate Exceeded.")
        .with("Reason", "ReservedFunctionConcurrentInvocationLimitExceeded");
  }
}
