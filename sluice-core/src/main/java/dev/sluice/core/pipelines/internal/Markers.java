package dev.sluice.core.pipelines.internal;

import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque paging markers: the position the next page starts after, encoded. */
final class Markers {
  private Markers() {}

  static String encode(String position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(position.getBytes(StandardCharsets.UTF_8));
  }

  /** The position a marker names; null for none (the first page). */
  static Result<String> decode(String marker) {
    if (marker == null || marker.isEmpty()) {
      return Result.ok(null);
    }
    try {
      return Result.ok(new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return PipelineFailures.invalid("Invalid marker: " + marker);
    }
  }
}
