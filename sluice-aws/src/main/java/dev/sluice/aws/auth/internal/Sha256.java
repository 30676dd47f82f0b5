package dev.sluice.aws.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every Java runtime has. */
public final class Sha256 {
  /** The hash of no bytes, SigV4's payload hash of an empty body. */
  public static final String EMPTY = hex(new byte[0]);

  private Sha256() {}

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the runtime lacks SHA-256", e);
    }
  }

  public static String hex(byte[] bytes) {
    return Hex.encode(newDigest().digest(bytes));
  }

  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
