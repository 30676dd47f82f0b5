package dev.sluice.aws.s3.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * S3's {@code x-amz-id-2}: an opaque token that accompanies the request id. Derived from the
 * request id, so that every response to one request, and the events it causes, agree on it.
 */
public final class HostId {
  private HostId() {}

  public static String of(String requestId) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var hash = digest.digest(("sluice/" + requestId).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
