package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.objects.Preconditions;

/** Preconditions from conditional headers; unparseable dates are ignored, as HTTP says. */
public final class ConditionalHeaders {
  private ConditionalHeaders() {}

  /** If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since. */
  public static Preconditions of(Headers headers) {
    return read(headers, "");
  }

  /** The {@code x-amz-copy-source-if-*} headers of copies. */
  public static Preconditions ofCopySource(Headers headers) {
    return read(headers, "x-amz-copy-source-");
  }

  private static Preconditions read(Headers headers, String prefix) {
    return new Preconditions(
        headers.first(prefix + "If-Match"),
        headers.first(prefix + "If-None-Match"),
        HttpDates.parse(headers.first(prefix + "If-Modified-Since")),
        HttpDates.parse(headers.first(prefix + "If-Unmodified-Since")));
  }
}
