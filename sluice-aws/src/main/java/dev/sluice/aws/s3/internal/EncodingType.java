package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;

/**
 * A listing's {@code encoding-type}: with {@code url}, keys and prefixes in the response are
 * URL-encoded (so that any key survives XML 1.0), and the response says so.
 */
public record EncodingType(boolean url) {

  public static Result<EncodingType> of(QueryParameters query) {
    var value = query.first("encoding-type");
    if (value == null) {
      return Result.ok(new EncodingType(false));
    }
    if (value.equalsIgnoreCase("url")) {
      return Result.ok(new EncodingType(true));
    }
    return Result.err(
        S3Errors.invalidArgument(
            "Invalid Encoding Method specified in Request", "encoding-type", value));
  }

  /** The value as it goes into the response. */
  public String apply(String value) {
    return url ? UriEncoding.keepingSlashes(value) : value;
  }

  /** {@code url}, or null when the request asked for no encoding. */
  public String responseValue() {
    return url ? "url" : null;
  }
}
