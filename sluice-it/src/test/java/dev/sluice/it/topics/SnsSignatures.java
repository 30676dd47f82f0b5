package dev.sluice.it.topics;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Verifies an SNS envelope's signature as a subscriber does, from the AWS documentation's rules:
 * fetch the certificate at SigningCertURL, rebuild the canonical string ("Name\nvalue\n" for each
 * signed field present, in the documented order), and check SHA1withRSA (version 1) or
 * SHA256withRSA (version 2).
 */
final class SnsSignatures {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> NOTIFICATION =
      List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
  private static final List<String> CONFIRMATION =
      List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");

  private SnsSignatures() {}

  static String canonical(JsonNode envelope) {
    var names = "Notification".equals(envelope.path("Type").asText()) ? NOTIFICATION : CONFIRMATION;
    var out = new StringBuilder();
    for (var name : names) {
      if (envelope.hasNonNull(name)) {
        out.append(name).append('\n').append(envelope.get(name).asText()).append('\n');
      }
    }
    return out.toString();
  }

  static boolean valid(JsonNode envelope) throws Exception {
    var pem =
        HTTP.send(
                HttpRequest.newBuilder(URI.create(envelope.path("SigningCertURL").asText()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    var certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
    var algorithm =
        "2".equals(envelope.path("SignatureVersion").asText()) ? "SHA256withRSA" : "SHA1withRSA";
    var verifier = Signature.getInstance(algorithm);
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(canonical(envelope).getBytes(StandardCharsets.UTF_8));
    return verifier.verify(Base64.getDecoder().decode(envelope.path("Signature").asText()));
  }
}
