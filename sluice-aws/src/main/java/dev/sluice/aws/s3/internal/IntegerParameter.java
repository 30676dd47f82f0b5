package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;

/** Non-negative integer query parameters such as {@code max-keys} and {@code max-parts}. */
public final class IntegerParameter {
  private IntegerParameter() {}

  /**
   * The parameter's value, {@code fallback} when absent, at most {@code cap}; InvalidArgument when
   * it is not an integer or negative.
   */
  public static Result<Integer> parse(QueryParameters query, String name, int fallback, int cap) {
    var raw = query.first(name);
    if (raw == null) {
      return Result.ok(fallback);
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      return Result.err(
          S3Errors.invalidArgument(
              "Provided " + name + " not an integer or within integer range", name, raw));
    }
    if (value < 0) {
      return Result.err(
          S3Errors.invalidArgument(
              "Argument " + name + " must be an integer between 0 and 2147483647", name, raw));
    }
    return Result.ok(Math.min(value, cap));
  }

  /** A part number, 1 to 10000, else InvalidArgument. */
  public static Result<Integer> partNumber(String raw) {
    try {
      int value = raw == null ? 0 : Integer.parseInt(raw.trim());
      if (value >= 1 && value <= 10000) {
        return Result.ok(value);
      }
    } catch (NumberFormatException e) {
      // reported below like any other out-of-range value
    }
    return Result.err(S3Errors.invalidPartNumber(raw));
  }
}
