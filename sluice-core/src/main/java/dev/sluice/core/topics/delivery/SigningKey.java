package dev.sluice.core.topics.delivery;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The RSA key SNS messages are signed with and its self-signed certificate, the same on every node.
 *
 * @param keyId names the certificate's file ({@code SimpleNotificationService-<keyId>.pem})
 */
public record SigningKey(String keyId, byte[] privateKeyPkcs8, byte[] certificateDer) {

  /** A new RSA 2048 key and a certificate valid from {@code now} for twenty years. */
  public static SigningKey generate(Instant now) {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var keys = generator.generateKeyPair();
      var certificate =
          SelfSignedCertificate.of(keys, "sns.sluice.local", now.atZone(ZoneOffset.UTC));
      var digest = MessageDigest.getInstance("SHA-256").digest(certificate);
      var keyId = HexFormat.of().formatHex(digest, 0, 16);
      return new SigningKey(keyId, keys.getPrivate().getEncoded(), certificate);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make RSA keys", e);
    }
  }

  public PrivateKey privateKey() {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The stored signing key is not an RSA key", e);
    }
  }

  /** The certificate as PEM, what the SigningCertURL serves. */
  public String certificatePem() {
    var base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificateDer);
    return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
  }
}
