package dev.sluice.server.internal.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 2d}, or
 * ISO-8601 {@code PT1H}.
 */
public final class DurationText {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  private DurationText() {}

  /** The duration, or throws IllegalArgumentException with a message for the user. */
  public static Duration parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        return Duration.parse(trimmed.toUpperCase(java.util.Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw refused(text);
      }
    }
    Matcher matcher = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      long amount = Long.parseLong(matcher.group(1));
      total =
          total.plus(
              switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
      end = matcher.end();
    }
    if (end == 0 || end != trimmed.length()) {
      throw refused(text);
    }
    return total;
  }

  private static IllegalArgumentException refused(String text) {
    return new IllegalArgumentException(
        "'" + text + "' is not a duration; write e.g. 90s, 15m, 1h30m, 2d or PT1H");
  }
}
