package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlWriter;
import dev.sluice.core.objects.ObjectService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * S3's Owner / Initiator: a 64-hex-digit canonical user id (derived from the account, stable) and a
 * display name (the account id).
 */
public record CanonicalUser(String id, String displayName) {

  public static CanonicalUser of(String account) {
    var name = account == null ? "anonymous" : account;
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var hash = digest.digest(("sluice-canonical-user/" + name).getBytes(StandardCharsets.UTF_8));
      return new CanonicalUser(HexFormat.of().formatHex(hash), name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The owner of {@code bucket}; anonymous when the bucket is gone. */
  public static CanonicalUser ofBucket(ObjectService objects, String bucket) {
    var found = objects.headBucket(bucket);
    return of(found.isOk() ? found.value().owner() : null);
  }

  /** {@code <element><ID/><DisplayName/></element>}. */
  public void write(XmlWriter xml, String element) {
    xml.start(element).element("ID", id).element("DisplayName", displayName).end();
  }
}
