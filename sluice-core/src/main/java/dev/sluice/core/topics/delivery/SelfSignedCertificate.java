package dev.sluice.core.topics.delivery;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** An X.509 (v1) certificate for a key pair, signed by itself with SHA256withRSA, as DER. */
final class SelfSignedCertificate {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");

  private SelfSignedCertificate() {}

  static byte[] of(KeyPair keys, String commonName, ZonedDateTime notBefore) {
    var algorithm = Der.sequence(Der.oid(1, 2, 840, 113549, 1, 1, 11), Der.nul());
    var name = Der.sequence(Der.set(Der.sequence(Der.oid(2, 5, 4, 3), Der.utf8(commonName))));
    var from = notBefore.withZoneSameInstant(ZoneOffset.UTC);
    var validity =
        Der.sequence(
            Der.utcTime(UTC_TIME.format(from)), Der.utcTime(UTC_TIME.format(from.plusYears(20))));
    var serial = new BigInteger(63, new java.security.SecureRandom()).add(BigInteger.ONE);
    var tbs =
        Der.sequence(
            Der.integer(serial), algorithm, name, validity, name, keys.getPublic().getEncoded());
    try {
      var signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      return Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot sign with SHA256withRSA", e);
    }
  }
}
