package dev.sluice.store.blobs.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Blob ids: 128 random bits as 32 lowercase hex digits. They are never derived from object keys,
 * and a string that is not one is never turned into a path.
 */
public final class BlobIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private BlobIds() {}

  public static String random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HEX.formatHex(bytes);
  }

  public static boolean isValid(String id) {
    if (id == null || id.length() != 32) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** The fan-out directory name: the id's first two hex digits. */
  public static String fanOut(String id) {
    return id.substring(0, 2);
  }
}
