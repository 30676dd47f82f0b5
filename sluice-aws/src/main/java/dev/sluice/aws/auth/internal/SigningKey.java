package dev.sluice.aws.auth.internal;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/** The key SigV4 derives from a secret for one scope, and the signatures it makes. */
public final class SigningKey {
  private final byte[] key;

  private SigningKey(byte[] key) {
    this.key = key;
  }

  public static SigningKey derive(String secretAccessKey, CredentialScope scope) {
    byte[] date =
        HmacSha256.mac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), scope.date());
    byte[] region = HmacSha256.mac(date, scope.region());
    byte[] service = HmacSha256.mac(region, scope.service());
    return new SigningKey(HmacSha256.mac(service, CredentialScope.TERMINATOR));
  }

  /** The hex signature of {@code stringToSign}. */
  public String sign(String stringToSign) {
    return Hex.encode(HmacSha256.mac(key, stringToSign));
  }

  /** A MAC keyed with this key, for signing many chunks without deriving again. */
  public Mac newMac() {
    return HmacSha256.newMac(key);
  }
}
