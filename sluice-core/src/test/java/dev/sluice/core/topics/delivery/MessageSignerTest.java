package dev.sluice.core.topics.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageSignerTest {
  private static final SigningKey KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));

  private static Map<String, String> notification() {
    var fields = new LinkedHashMap<String, String>();
    fields.put("Type", "Notification");
    fields.put("MessageId", "m-1");
    fields.put("TopicArn", "arn:aws:sns:us-east-1:000000000000:t");
    fields.put("Message", "hello");
    fields.put("Timestamp", "2026-01-01T00:00:00.000Z");
    return fields;
  }

  private static X509Certificate parsed() throws Exception {
    var pem = KEY.certificatePem().getBytes(StandardCharsets.US_ASCII);
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem));
  }

  @Test
  void writesACertificateTheJdkParsesAndThatVerifiesItself() throws Exception {
    var certificate = parsed();
    certificate.verify(certificate.getPublicKey());
    certificate.checkValidity(java.util.Date.from(Instant.parse("2030-01-01T00:00:00Z")));
    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=sns.sluice.local");
  }

  @Test
  void buildsTheCanonicalStringOfANotificationWithoutAnAbsentSubject() {
    assertThat(MessageSigner.canonical(notification()))
        .isEqualTo(
            "Message\nhello\nMessageId\nm-1\nTimestamp\n2026-01-01T00:00:00.000Z\n"
                + "TopicArn\narn:aws:sns:us-east-1:000000000000:t\nType\nNotification\n");
  }

  @Test
  void buildsTheCanonicalStringOfAConfirmationWithTokenAndSubscribeUrl() {
    var fields = new LinkedHashMap<String, String>();
    fields.put("Type", "SubscriptionConfirmation");
    fields.put("MessageId", "m");
    fields.put("Token", "tok");
    fields.put("TopicArn", "arn");
    fields.put("Message", "msg");
    fields.put("SubscribeURL", "http://x");
    fields.put("Timestamp", "ts");
    assertThat(MessageSigner.canonical(fields))
        .isEqualTo(
            "Message\nmsg\nMessageId\nm\nSubscribeURL\nhttp://x\nTimestamp\nts\nToken\ntok\n"
                + "TopicArn\narn\nType\nSubscriptionConfirmation\n");
  }

  @Test
  void signsVersionOneWithSha1AndVersionTwoWithSha256() throws Exception {
    var certificate = parsed();
    for (var version : new String[] {"1", "2"}) {
      var signature = MessageSigner.sign(KEY, version, notification());
      var verifier = Signature.getInstance("1".equals(version) ? "SHA1withRSA" : "SHA256withRSA");
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(MessageSigner.canonical(notification()).getBytes(StandardCharsets.UTF_8));
      assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
    }
  }
}
