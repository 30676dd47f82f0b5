package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Failure;

/**
 * The failures of expressions: {@code InvalidRequestException}s. Problems are found deep inside an
 * evaluation and named there ("format needs 2 arguments"); the expression they were found in is
 * added once, by the innermost expression, so a failure inside a referenced field names that
 * field's expression and not every expression on the way to it.
 */
public final class Problems {
  private static final String PREFIX = "Unable to evaluate expression ";

  private Problems() {}

  public static Failure invalid(String message) {
    return Failure.of("InvalidRequestException", 400, message);
  }

  static Failure syntax(String problem) {
    return invalid("syntax error: " + problem);
  }

  /** {@code failure} as a problem of expression {@code #{source}} in object {@code objectId}. */
  static Failure in(String source, String objectId, Failure failure) {
    return at("#{" + source + "}", objectId, failure);
  }

  /** {@code failure} as a problem of the expression written {@code shown} in {@code objectId}. */
  static Failure at(String shown, String objectId, Failure failure) {
    if (failure.message().startsWith(PREFIX)) {
      return failure;
    }
    return invalid(PREFIX + shown + " of object '" + objectId + "': " + failure.message());
  }
}
