package dev.sluice.core.pipelines.run.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Times as Data Pipeline writes them in fields: {@code 2026-11-20T22:15:00}, UTC, seconds. */
public final class RunTimes {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STREAM =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss").withZone(ZoneOffset.UTC);

  private RunTimes() {}

  public static String format(Instant time) {
    return FORMAT.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The same time with {@code -} for {@code :}, as log stream names and paths allow. */
  public static String formatForNames(Instant time) {
    return STREAM.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  public static Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
