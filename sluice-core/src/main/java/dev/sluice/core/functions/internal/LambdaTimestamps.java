package dev.sluice.core.functions.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Lambda's LastModified format: {@code 2026-11-21T10:15:30.123+0000}. */
final class LambdaTimestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private LambdaTimestamps() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
