package dev.sluice.server.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads {@code --since}: an age ({@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 1w}) or
 * an ISO-8601 instant ({@code 2026-11-21T03:00:00Z}), as a duration before now.
 */
final class SinceConverter implements CommandLine.ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    if (value.matches("[0-9]{1,9}[smhdw]")) {
      long amount = Long.parseLong(value.substring(0, value.length() - 1));
      return switch (value.charAt(value.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        case 'd' -> Duration.ofDays(amount);
        default -> Duration.ofDays(7 * amount);
      };
    }
    try {
      var age = Duration.between(Instant.parse(value), Instant.now());
      return age.isNegative() ? Duration.ZERO : age;
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is neither an age like 10m, 2h, 1d nor a time like 2026-11-21T03:00:00Z");
    }
  }
}
