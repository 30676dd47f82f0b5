package dev.sluice.core.topics.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signatures of recently signed messages. What SNS signs of a notification is the same for every
 * subscription of one publish (message, id, subject, time, topic, type), so a publish to ten
 * subscribers costs one RSA signature instead of ten. Keyed by the signing key, the version and a
 * SHA-256 of the canonical string; the oldest entries are dropped beyond {@link #CAPACITY}.
 */
final class RecentSignatures {
  static final int CAPACITY = 4096;

  private final Map<String, String> signatures =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  String sign(SigningKey key, String version, Map<String, String> fields) {
    var id = key.keyId() + "/" + version + "/" + digest(MessageSigner.canonical(fields));
    synchronized (signatures) {
      var known = signatures.get(id);
      if (known != null) {
        return known;
      }
    }
    var signature = MessageSigner.sign(key, version, fields);
    synchronized (signatures) {
      signatures.put(id, signature);
    }
    return signature;
  }

  private static String digest(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
