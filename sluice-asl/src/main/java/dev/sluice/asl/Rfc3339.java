package dev.sluice.asl;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The timestamp form ASL accepts: RFC 3339 / ISO-8601 extended, with an offset or Z. */
final class Rfc3339 {
  private Rfc3339() {}

  static boolean valid(String text) {
    try {
      OffsetDateTime.parse(text);
      return text.indexOf('T') == 10;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
