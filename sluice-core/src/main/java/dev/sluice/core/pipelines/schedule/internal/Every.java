package dev.sluice.core.pipelines.schedule.internal;

import dev.sluice.core.result.Result;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A schedule's {@code period}: "N [minutes|hours|days|weeks|months|years]" (singular or plural, any
 * case), at least 15 minutes and at most 3 years. Months and years are calendar months and years.
 */
public record Every(long amount, ChronoUnit unit) {
  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*([a-z]+?)s?\\s*");

  public static Result<Every> parse(String text) {
    var m = FORM.matcher(text.toLowerCase(Locale.ROOT));
    var unit = m.matches() ? unit(m.group(2)) : null;
    if (unit == null || Long.parseLong(m.group(1)) == 0) {
      return Result.err(
          Failures.invalid(
              "period '"
                  + text
                  + "' is not of the form N [minutes|hours|days|weeks|months|years]"));
    }
    var every = new Every(Long.parseLong(m.group(1)), unit);
    if (unit == ChronoUnit.MINUTES && every.amount < 15) {
      return Result.err(Failures.invalid("period '" + text + "' is shorter than 15 minutes"));
    }
    if (every.amount > longest(unit)) {
      return Result.err(Failures.invalid("period '" + text + "' is longer than 3 years"));
    }
    return Result.ok(every);
  }

  /** The start of period {@code index} of a schedule starting at {@code start} (UTC). */
  public Instant after(Instant start, long index) {
    return start.atZone(ZoneOffset.UTC).plus(Math.multiplyExact(amount, index), unit).toInstant();
  }

  private static ChronoUnit unit(String name) {
    return switch (name) {
      case "minute" -> ChronoUnit.MINUTES;
      case "hour" -> ChronoUnit.HOURS;
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> null;
    };
  }

  private static long longest(ChronoUnit unit) {
    return switch (unit) {
      case MINUTES -> 3L * 365 * 24 * 60;
      case HOURS -> 3L * 365 * 24;
      case DAYS -> 3L * 365;
      case WEEKS -> 3L * 52;
      case MONTHS -> 36;
      default -> 3;
    };
  }
}
