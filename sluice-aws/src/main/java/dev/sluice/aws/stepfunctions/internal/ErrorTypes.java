package dev.sluice.aws.stepfunctions.internal;

import dev.sluice.core.result.Failure;

/**
 * The {@code __type} Step Functions puts in its errors: its own exceptions in {@code
 * com.amazonaws.swf.service.v2.model}, model constraint failures in {@code
 * com.amazon.coral.validate}, protocol failures in {@code com.amazon.coral.service}. SDKs read the
 * part after {@code #}.
 */
public final class ErrorTypes {
  private static final String SERVICE = "com.amazonaws.swf.service.v2.model#";

  private ErrorTypes() {}

  /** The failure with its code namespaced as Step Functions answers it. */
  public static Failure namespaced(Failure failure) {
    return new Failure(
        type(failure.code()), failure.status(), failure.message(), failure.details());
  }

  static String type(String code) {
    return switch (code) {
      case "ValidationException" -> "com.amazon.coral.validate#ValidationException";
      case "SerializationException", "UnknownOperationException", "InternalFailure" ->
          "com.amazon.coral.service#" + code;
      default -> code.contains("#") ? code : SERVICE + code;
    };
  }
}
