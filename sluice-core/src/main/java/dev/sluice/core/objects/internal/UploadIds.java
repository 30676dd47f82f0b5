package dev.sluice.core.objects.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable, URL-safe multipart upload ids. */
final class UploadIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 48;

  private UploadIds() {}

  static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
