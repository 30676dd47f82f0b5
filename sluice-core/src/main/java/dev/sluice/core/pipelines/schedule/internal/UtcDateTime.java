package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.result.Result;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A DateTime field of a schedule: "YYYY-MM-DDTHH:MM:SS", UTC (a trailing {@code Z} is allowed). */
final class UtcDateTime {
  private UtcDateTime() {}

  static Result<Instant> parse(String field, String text) {
    var local =
        text.endsWith("Z") || text.endsWith("z") ? text.substring(0, text.length() - 1) : text;
    try {
      return Result.ok(LocalDateTime.parse(local).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Result.err(
          Failures.invalid(
              field + " '" + text + "' is not a DateTime of the form YYYY-MM-DDTHH:MM:SS"));
    }
  }
}
