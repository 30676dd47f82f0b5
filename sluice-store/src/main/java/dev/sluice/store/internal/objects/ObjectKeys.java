package dev.sluice.store.internal.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Object keys as the database stores them: their UTF-8 bytes, which both databases compare as
 * unsigned bytes, the order S3 lists keys in.
 */
final class ObjectKeys {
  static final int MAX_BYTES = 1024;

  private ObjectKeys() {}

  /** The key's UTF-8 bytes; a key over 1024 bytes is a bug in the caller (S3 rejects it first). */
  static byte[] bytes(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "Object keys are at most " + MAX_BYTES + " UTF-8 bytes, got " + bytes.length);
    }
    return bytes;
  }

  /**
   * The UTF-8 bytes of a listing bound (a prefix, a start-after key or a marker), which may be
   * longer than any stored key: it only limits a range.
   */
  static byte[] bound(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String key(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The smallest byte string greater than every string starting with {@code prefix}, or null when
   * there is none (the prefix is empty or all 0xFF, which UTF-8 never produces).
   */
  static byte[] prefixEnd(byte[] prefix) {
    for (int i = prefix.length - 1; i >= 0; i--) {
      if (prefix[i] != (byte) 0xFF) {
        byte[] end = Arrays.copyOf(prefix, i + 1);
        end[i]++;
        return end;
      }
    }
    return null;
  }
}
