package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * ListObjectsV2's (and ListBuckets') opaque continuation token: the base64url form (no padding) of
 * the last key or common prefix returned, after which the next page starts.
 */
public final class ContinuationToken {
  private ContinuationToken() {}

  public static String encode(String last) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(last.getBytes(StandardCharsets.UTF_8));
  }

  /** The position the token stands for; anything we did not hand out is InvalidArgument. */
  public static Result<String> decode(String token) {
    try {
      var bytes = Base64.getUrlDecoder().decode(token);
      var text = bytes.length == 0 ? Optional.<String>empty() : StrictUtf8.decode(bytes);
      return text.<Result<String>>map(Result::ok).orElseGet(() -> Result.err(invalid(token)));
    } catch (IllegalArgumentException e) {
      return Result.err(invalid(token));
    }
  }

  private static Failure invalid(String token) {
    return S3Errors.invalidArgument(
        "The continuation token provided is incorrect", "continuation-token", token);
  }
}
