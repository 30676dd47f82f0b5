package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.Headers;
import java.util.List;

/**
 * The header block of a canonical request: one {@code name:value\n} line per signed header, in the
 * order signed, values trimmed with inner runs of spaces collapsed and repeated headers joined with
 * commas.
 */
public final class CanonicalHeaders {

  private CanonicalHeaders() {}

  public static String render(List<String> signedHeaders, Headers headers, String host) {
    var block = new StringBuilder();
    for (var name : signedHeaders) {
      var values = headers.all(name);
      if (values.isEmpty() && name.equals("host") && host != null) {
        values = List.of(host);
      }
      block.append(name).append(':');
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          block.append(',');
        }
        appendTrimmed(block, values.get(i));
      }
      block.append('\n');
    }
    return block.toString();
  }

  private static void appendTrimmed(StringBuilder block, String value) {
    var trimmed = value.strip();
    boolean inSpace = false;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == ' ' || c == '\t') {
        if (!inSpace) {
          block.append(' ');
        }
        inSpace = true;
      } else {
        block.append(c);
        inSpace = false;
      }
    }
  }
}
