package dev.sluice.core.objects.internal;

import java.nio.charset.StandardCharsets;

/**
 * Encodes an object key as S3 writes it into event JSON: form encoding ({@code red flower.jpg}
 * becomes {@code red+flower.jpg}, {@code =} becomes {@code %3D}) except that {@code /} stays.
 */
final class S3KeyEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private S3KeyEncoding() {}

  static String encode(String key) {
    var out = new StringBuilder(key.length() + 8);
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (kept(c)) {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >>> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean kept(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == '_'
        || c == '*'
        || c == '/';
  }
}
