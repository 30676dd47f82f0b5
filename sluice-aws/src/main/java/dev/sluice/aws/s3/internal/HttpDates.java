package dev.sluice.aws.s3.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The date formats on S3's wire: HTTP dates in headers (RFC 1123 written; RFC 1123, RFC 850 and
 * asctime read, as HTTP requires) and ISO 8601 with milliseconds in XML.
 */
public final class HttpDates {
  private static final DateTimeFormatter RFC_1123_OUT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_OUT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ASCTIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("EEE MMM ppd HH:mm:ss yyyy")
          .toFormatter(Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final List<DateTimeFormatter> READ =
      List.of(DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME);

  private HttpDates() {}

  /** An HTTP date, or null when the value is absent or not a date (HTTP ignores such headers). */
  public static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (var format : READ) {
      try {
        return format.parse(value.trim(), Instant::from);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  /** {@code Wed, 12 Oct 2009 17:50:00 GMT}. */
  public static String rfc1123(Instant instant) {
    return RFC_1123_OUT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@code 2009-10-12T17:50:30.000Z}. */
  public static String iso8601(Instant instant) {
    return ISO_OUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
