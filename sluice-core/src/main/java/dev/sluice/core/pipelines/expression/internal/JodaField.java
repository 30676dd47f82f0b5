package dev.sluice.core.pipelines.expression.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/**
 * One Joda-Time pattern field printed as Joda prints it (English): numbers are zero-padded to the
 * run's length; two-letter years are the last two digits; {@code MMM}/{@code E} are short texts and
 * four letters or more full ones; {@code z} is the zone's short name ({@code UTC}), {@code Z} the
 * offset ({@code +0000}), {@code ZZ} with a colon, {@code ZZZ} the zone id.
 */
final class JodaField {
  private JodaField() {}

  /** The field, or empty for a letter Joda does not know. */
  static Optional<String> print(ZonedDateTime t, char letter, int count) {
    return Optional.ofNullable(
        switch (letter) {
          case 'G' -> t.getYear() > 0 ? "AD" : "BC";
          case 'C' -> padded(yearOfEra(t) / 100, count);
          case 'Y' -> year(yearOfEra(t), count);
          case 'y' -> year(t.getYear(), count);
          case 'x' -> year(t.get(IsoFields.WEEK_BASED_YEAR), count);
          case 'w' -> padded(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), count);
          case 'e' -> padded(t.getDayOfWeek().getValue(), count);
          case 'E' -> t.getDayOfWeek().getDisplayName(style(count), Locale.ENGLISH);
          case 'D' -> padded(t.getDayOfYear(), count);
          case 'M' -> month(t, count);
          case 'd' -> padded(t.getDayOfMonth(), count);
          case 'a' -> t.getHour() < 12 ? "AM" : "PM";
          case 'K' -> padded(t.getHour() % 12, count);
          case 'h' -> padded(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, count);
          case 'H' -> padded(t.getHour(), count);
          case 'k' -> padded(t.getHour() == 0 ? 24 : t.getHour(), count);
          case 'm' -> padded(t.getMinute(), count);
          case 's' -> padded(t.getSecond(), count);
          case 'S' -> fraction(t.getNano(), count);
          case 'z' ->
              DateTimeFormatter.ofPattern(count < 4 ? "z" : "zzzz", Locale.ENGLISH).format(t);
          case 'Z' -> zone(t, count);
          default -> null;
        });
  }

  private static long yearOfEra(ZonedDateTime t) {
    return t.getYear() > 0 ? t.getYear() : 1L - t.getYear();
  }

  private static String year(long year, int count) {
    return count == 2 ? padded(Math.floorMod(year, 100), 2) : padded(year, count);
  }

  private static String month(ZonedDateTime t, int count) {
    return count >= 3
        ? t.getMonth().getDisplayName(style(count), Locale.ENGLISH)
        : padded(t.getMonthValue(), count);
  }

  private static TextStyle style(int count) {
    return count >= 4 ? TextStyle.FULL : TextStyle.SHORT;
  }

  private static String fraction(int nanos, int count) {
    var digits = String.format("%09d", nanos);
    return count <= 9 ? digits.substring(0, count) : digits + "0".repeat(count - 9);
  }

  private static String zone(ZonedDateTime t, int count) {
    if (count >= 3) {
      return t.getZone().getId();
    }
    int seconds = t.getOffset().getTotalSeconds();
    int minutes = Math.abs(seconds) / 60;
    var sign = seconds < 0 ? "-" : "+";
    return sign + padded(minutes / 60, 2) + (count == 2 ? ":" : "") + padded(minutes % 60, 2);
  }

  private static String padded(long value, int count) {
    var digits = Long.toString(Math.abs(value));
    var zeros = "0".repeat(Math.max(0, count - digits.length()));
    return (value < 0 ? "-" : "") + zeros + digits;
  }
}
