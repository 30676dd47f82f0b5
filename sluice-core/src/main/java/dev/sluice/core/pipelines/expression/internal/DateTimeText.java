package dev.sluice.core.pipelines.expression.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DateTimes as Data Pipeline writes them ({@code 2026-11-20T22:15:00}, UTC) and the text forms read
 * as DateTimes: that form, with a space for the {@code T}, one-digit hours, optional seconds and
 * fraction, an optional {@code Z} or offset, or a date alone (midnight).
 */
public final class DateTimeText {
  public static final ZoneId UTC = ZoneId.of("UTC");

  private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final Pattern IN =
      Pattern.compile(
          "(-?\\d{4,})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
              + "\\s*([zZ]|UTC|[+-]\\d{2}:?\\d{2})?)?");

  private DateTimeText() {}

  public static String format(ZonedDateTime value) {
    return OUT.format(value);
  }

  public static Optional<ZonedDateTime> parse(String text) {
    var m = IN.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      var local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              number(m.group(4)),
              number(m.group(5)),
              number(m.group(6)),
              nanos(m.group(7)));
      return Optional.of(local.atOffset(offset(m.group(8))).atZoneSameInstant(UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static int nanos(String fraction) {
    return fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equalsIgnoreCase("z") || zone.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    return ZoneOffset.of(
        zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
  }
}
