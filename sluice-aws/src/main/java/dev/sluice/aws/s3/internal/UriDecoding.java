package dev.sluice.aws.s3.internal;

import dev.sluice.core.result.Result;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of URI parts into UTF-8 strings. Bad escapes or bytes that are not UTF-8 are
 * S3's {@code InvalidURI}, never silently replaced: a key is never changed on the way in.
 */
public final class UriDecoding {
  private UriDecoding() {}

  /** A path segment or key: {@code +} is a literal plus. */
  public static Result<String> path(String raw) {
    return decode(raw, false);
  }

  /** A query-string name or value: {@code +} is a space, as in form encoding. */
  public static Result<String> query(String raw) {
    return decode(raw, true);
  }

  private static Result<String> decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
      return Result.ok(raw);
    }
    var bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          return Result.err(S3Errors.invalidUri());
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        var utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    return StrictUtf8.decode(bytes.toByteArray())
        .<Result<String>>map(Result::ok)
        .orElseGet(() -> Result.err(S3Errors.invalidUri()));
  }
}
