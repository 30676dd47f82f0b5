package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;

/** {@link Long#parseLong(String)} on UTF-8 bytes, without a String for plain short numbers. */
final class DecimalLongs {

  private DecimalLongs() {}

  static long parse(byte[] b, int offset, int length) {
    if (length == 0 || length > 18) {
      return slow(b, offset, length);
    }
    int i = offset;
    int end = offset + length;
    boolean negative = b[i] == '-';
    if (negative || b[i] == '+') {
      i++;
      if (i == end) {
        return slow(b, offset, length);
      }
    }
    long value = 0;
    for (; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        return slow(b, offset, length);
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  private static long slow(byte[] b, int offset, int length) {
    return Long.parseLong(new String(b, offset, length, StandardCharsets.UTF_8));
  }
}
