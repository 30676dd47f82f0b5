package dev.sluice.server.internal.mail;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the headers the mailbox lists from a message's text (folded lines unfolded). */
final class MailboxHeaders {
  private MailboxHeaders() {}

  static MailboxEntry entry(String id, String text) {
    var headers = headers(text);
    return new MailboxEntry(
        id,
        headers.get("date"),
        EncodedWords.decode(headers.get("from")),
        headers.get("to"),
        EncodedWords.decode(headers.get("subject")));
  }

  private static Map<String, String> headers(String text) {
    int end = text.indexOf("\r\n\r\n");
    var head = (end < 0 ? text : text.substring(0, end)).replaceAll("\r\n[ \t]", " ");
    var headers = new HashMap<String, String>();
    for (var line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return headers;
  }
}
