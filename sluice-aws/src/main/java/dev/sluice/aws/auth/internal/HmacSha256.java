package dev.sluice.aws.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, which every Java runtime has. */
public final class HmacSha256 {
  private static final String ALGORITHM = "HmacSHA256";

  private HmacSha256() {}

  public static Mac newMac(byte[] key) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the runtime lacks " + ALGORITHM, e);
    }
  }

  public static byte[] mac(byte[] key, String data) {
    return newMac(key).doFinal(data.getBytes(StandardCharsets.UTF_8));
  }
}
