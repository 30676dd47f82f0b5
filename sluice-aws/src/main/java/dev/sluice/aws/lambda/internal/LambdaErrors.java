package dev.sluice.aws.lambda.internal;

import dev.sluice.core.result.Failure;

/** The wire's own Lambda errors (bodies that are not JSON, bad parameters). */
public final class LambdaErrors {
  private LambdaErrors() {}

  public static Failure of(String code, int status, String message) {
    return Failure.of(code, status, message).with("Type", "User");
  }

  static Failure unparsableBody() {
    return of("InvalidRequestContentException", 400, "Could not parse request body into json");
  }

  public static Failure invalidParameter(String message) {
    return of("InvalidParameterValueException", 400, message);
  }
}
