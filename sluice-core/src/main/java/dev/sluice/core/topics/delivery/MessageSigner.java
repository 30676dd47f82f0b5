package dev.sluice.core.topics.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SNS's message signature: SignatureVersion 1 is SHA1withRSA, 2 SHA256withRSA, over the canonical
 * string of the envelope's fields ("Name\nvalue\n" in SNS's order), base64.
 */
public final class MessageSigner {
  private MessageSigner() {}

  /** The fields SNS signs, in its order, from an envelope's fields; absent ones are skipped. */
  public static String canonical(Map<String, String> fields) {
    var names =
        "Notification".equals(fields.get("Type"))
            ? new String[] {"Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"}
            : new String[] {
              "Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"
            };
    var out = new StringBuilder();
    for (var name : names) {
      var value = fields.get(name);
      if (value != null) {
        out.append(name).append('\n').append(value).append('\n');
      }
    }
    return out.toString();
  }

  public static String algorithm(String signatureVersion) {
    return "2".equals(signatureVersion) ? "SHA256withRSA" : "SHA1withRSA";
  }

  public static String sign(SigningKey key, String signatureVersion, Map<String, String> fields) {
    try {
      var signer = Signature.getInstance(algorithm(signatureVersion));
      signer.initSign(key.privateKey());
      signer.update(canonical(new LinkedHashMap<>(fields)).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot sign with RSA", e);
    }
  }
}
