package dev.sluice.core.pipelines.run.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Data Pipeline's Period values ({@code 10 minutes}, {@code 2 hours}, {@code 1 day}): a count and a
 * unit, singular or plural, any case. A month counts as 30 days. ISO-8601 ({@code PT10M}) is
 * accepted too. Anything else is no duration.
 */
public final class Durations {
  private static final Pattern PERIOD =
      Pattern.compile("(\\d+)\\s*(second|minute|hour|day|week|month)s?");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    var normalized = text.strip().toLowerCase(Locale.ROOT);
    var matcher = PERIOD.matcher(normalized);
    if (matcher.matches()) {
      long count = Long.parseLong(matcher.group(1));
      return Optional.of(unit(matcher.group(2)).multipliedBy(count));
    }
    try {
      return Optional.of(Duration.parse(text.strip().toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration unit(String name) {
    return switch (name) {
      case "second" -> Duration.ofSeconds(1);
      case "minute" -> Duration.ofMinutes(1);
      case "hour" -> Duration.ofHours(1);
      case "day" -> Duration.ofDays(1);
      case "week" -> Duration.ofDays(7);
      default -> Duration.ofDays(30);
    };
  }
}
