package dev.sluice.core.objects.internal;

/** Big-endian conversions between CRC values and the bytes S3 base64-encodes. */
final class BigEndian {

  private BigEndian() {}

  static byte[] bytes(long value, int width) {
    byte[] out = new byte[width];
    for (int i = 0; i < width; i++) {
      out[width - 1 - i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  static long value(byte[] bytes) {
    long v = 0;
    for (byte b : bytes) {
      v = (v << 8) | (b & 0xff);
    }
    return v;
  }
}
