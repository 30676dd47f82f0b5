package dev.sluice.aws.s3.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of keys for {@code encoding-type=url} listings and {@code Location} values:
 * every byte but the unreserved characters and {@code /} is escaped, so both percent-decoders and
 * form decoders (which SDKs use for these values) give back the original string.
 */
public final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  public static String keepingSlashes(String value) {
    if (value == null) {
      return null;
    }
    var out = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
