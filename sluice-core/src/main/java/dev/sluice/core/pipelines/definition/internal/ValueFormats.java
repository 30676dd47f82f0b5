package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldSpec;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of Data Pipeline's simple types: Integer, Boolean, Period, DateTime, enumerations.
 */
public final class ValueFormats {
  public static final String ON_DEMAND_PERIOD = "ONDEMAND_PERIOD";
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  private static final Pattern PERIOD = Pattern.compile("(\\d+)\\s+([A-Za-z]+)");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
  private static final Map<String, Long> MINUTES =
      Map.of(
          "minute", 1L,
          "hour", 60L,
          "day", 1_440L,
          "week", 10_080L,
          "month", 43_200L,
          "year", 525_600L);

  private ValueFormats() {}

  /** The message for a value that does not fit {@code spec}, if it does not. */
  static Optional<String> problem(FieldSpec spec, String value) {
    var key = spec.key();
    boolean fits =
        switch (spec.type()) {
          case INTEGER -> INTEGER.matcher(value.strip()).matches();
          case BOOLEAN -> Parameter.isFlag(value);
          case PERIOD -> periodMinutes(value).isPresent() || specialPeriod(key, value);
          case DATE_TIME -> dateTime(value).isPresent();
          case ENUM -> spec.allows(value);
          case STRING, REFERENCE -> true;
        };
    if (fits) {
      return Optional.empty();
    }
    return Optional.of(
        switch (spec.type()) {
          case INTEGER -> Messages.integerExpected(key);
          case BOOLEAN -> Messages.booleanExpected(key);
          case PERIOD -> Messages.periodExpected(key);
          case DATE_TIME -> Messages.dateTimeExpected(key);
          default -> Messages.enumExpected(key, spec.allowed());
        });
  }

  /** {@code "N unit"} (minutes to years, singular or plural, any case) in minutes. */
  public static Optional<Long> periodMinutes(String value) {
    var matcher = PERIOD.matcher(value.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    var unit = matcher.group(2).toLowerCase(Locale.ROOT);
    unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    var minutes = MINUTES.get(unit);
    if (minutes == null || matcher.group(1).length() > 9) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(matcher.group(1)) * minutes);
  }

  public static Optional<LocalDateTime> dateTime(String value) {
    if (!DATE_TIME.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Schedule's on-demand period, and terminateAfter as a number of hours. */
  private static boolean specialPeriod(String key, String value) {
    return switch (key) {
      case "period" -> value.strip().equals(ON_DEMAND_PERIOD);
      case "terminateAfter" -> INTEGER.matcher(value.strip()).matches();
      default -> false;
    };
  }
}
