package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.Headers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** SigV4's timestamps: {@code yyyyMMdd'T'HHmmss'Z'} in UTC. */
public final class AmzDate {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern SHAPE = Pattern.compile("\\d{8}T\\d{6}Z");

  private AmzDate() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  public static Optional<Instant> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(FORMAT.parse(text, Instant::from));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The request's signing time as SigV4 puts it into the string to sign: the {@code X-Amz-Date}
   * header, else the {@code Date} header converted; empty when neither holds a valid time.
   */
  public static Optional<String> ofHeaders(Headers headers) {
    var amzDate = headers.first("x-amz-date");
    if (amzDate != null) {
      return parse(amzDate).map(instant -> amzDate);
    }
    var date = headers.first("date");
    if (date == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(format(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date, Instant::from)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
