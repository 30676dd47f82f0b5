package dev.sluice.aws.auth.internal;

/** Lower-case hexadecimal, as SigV4 writes hashes and signatures. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  public static String encode(byte[] bytes) {
    var chars = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      chars[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      chars[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(chars);
  }

  /** The bytes as S3 lists them in {@code StringToSignBytes}: two digits each, space-separated. */
  public static String spaced(byte[] bytes) {
    var text = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
    }
    return text.toString();
  }

  /** Whether {@code value} is a SHA-256 in hex (64 digits of either case). */
  public static boolean isSha256(String value) {
    if (value.length() != 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
