package dev.sluice.server.internal.mail;

import java.nio.charset.StandardCharsets;

/**
 * RFC 2045 quoted-printable of UTF-8 text whose lines end in CRLF: line breaks stay hard breaks,
 * longer lines get soft breaks so no encoded line exceeds 76 characters.
 */
final class QuotedPrintable {
  private static final int MAX_LINE = 76;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QuotedPrintable() {}

  static String encode(String crlfText) {
    var out = new StringBuilder();
    var lines = crlfText.split("\r\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("\r\n");
      }
      line(out, lines[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, byte[] bytes) {
    int length = 0;
    for (int i = 0; i < bytes.length; i++) {
      var token = token(bytes[i] & 0xff, i == bytes.length - 1);
      if (length + token.length() > MAX_LINE - 1) {
        out.append("=\r\n");
        length = 0;
      }
      out.append(token);
      length += token.length();
    }
  }

  /** A byte as itself when it may stand so, else {@code =XX}; white space at a line's end too. */
  private static String token(int b, boolean lastOfLine) {
    boolean space = b == ' ' || b == '\t';
    if ((b >= 33 && b <= 126 && b != '=') || (space && !lastOfLine)) {
      return String.valueOf((char) b);
    }
    return "=" + HEX[b >> 4] + HEX[b & 0xf];
  }
}
