package dev.sluice.core.objects;

import java.time.Instant;

/**
 * Conditional request headers (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since).
 */
public record Preconditions(
    String ifMatch, String ifNoneMatch, Instant ifModifiedSince, Instant ifUnmodifiedSince) {

  public static Preconditions none() {
    return new Preconditions(null, null, null, null);
  }
}
