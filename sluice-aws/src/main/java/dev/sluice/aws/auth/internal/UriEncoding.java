package dev.sluice.aws.auth.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * SigV4's URI encoding: every byte except the unreserved characters {@code A-Z a-z 0-9 - . _ ~}
 * becomes {@code %XY} with upper-case hex digits; {@code /} is kept in paths.
 */
public final class UriEncoding {
  private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /** Encodes the UTF-8 bytes of {@code text} (used for the second encoding of a path). */
  public static String encode(String text, boolean keepSlash) {
    return encodeBytes(text.getBytes(StandardCharsets.UTF_8), keepSlash);
  }

  /**
   * Decodes the percent escapes of {@code raw} and encodes the bytes again, so that differently
   * escaped forms of the same bytes come out the same. A {@code %} not followed by two hex digits
   * is taken literally.
   */
  public static String reencode(String raw, boolean keepSlash) {
    return encodeBytes(decodeBytes(raw), keepSlash);
  }

  /** Decodes percent escapes (a {@code +} stays a plus) and reads the bytes as UTF-8. */
  public static String decode(String raw) {
    return raw.indexOf('%') < 0 ? raw : new String(decodeBytes(raw), StandardCharsets.UTF_8);
  }

  private static byte[] decodeBytes(String raw) {
    var bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length() && isEscape(raw, i)) {
        bytes.write(
            Character.digit(raw.charAt(i + 1), 16) << 4 | Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
        bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return bytes.toByteArray();
  }

  private static boolean isEscape(String raw, int i) {
    return Character.digit(raw.charAt(i + 1), 16) >= 0
        && Character.digit(raw.charAt(i + 2), 16) >= 0;
  }

  private static String encodeBytes(byte[] bytes, boolean keepSlash) {
    var text = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (isUnreserved(c) || (keepSlash && c == '/')) {
        text.append((char) c);
      } else {
        text.append('%').append(DIGITS[c >> 4]).append(DIGITS[c & 0xf]);
      }
    }
    return text.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
