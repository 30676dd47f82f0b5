package dev.sluice.server.internal.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.topics.DeliveryPolicies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TopicHttpDeliveryTest extends TopicDeliveryFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void retriesAfterA500ByThePolicyAndPostsASignedEnvelope() throws Exception {
    statuses.add(500);
    var policy =
        DeliveryPolicies.effective(
            null,
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":5,\"numRetries\":2}}");
    startDispatcher();
    commit(notification("http", hook(), policy, null, false));

    var first = received.poll(10, TimeUnit.SECONDS);
    var second = received.poll(10, TimeUnit.SECONDS);
    assertThat(first).isNotNull();
    assertThat(second).isNotNull();
    assertThat(Duration.between(first.at(), second.at()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    var delivered = awaitStatus(EventStatus.DELIVERED, "sns");
    assertThat(delivered.attempts()).isEqualTo(2);

    var headers = second.headers();
    assertThat(headers.get("X-amz-sns-message-type")).containsExactly("Notification");
    assertThat(headers.get("X-amz-sns-message-id"))
        .containsExactly("5a2c7e4e-1111-4000-8000-000000000001");
    assertThat(headers.get("X-amz-sns-topic-arn")).containsExactly(TOPIC);
    assertThat(headers.get("X-amz-sns-subscription-arn")).containsExactly(SUBSCRIPTION);
    assertThat(headers.get("Content-type")).containsExactly("text/plain; charset=UTF-8");
    assertThat(headers.get("User-agent"))
        .containsExactly("Amazon Simple Notification Service Agent");

    var envelope = JSON.readTree(second.body());
    var names = new ArrayList<String>();
    envelope.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "Type",
            "MessageId",
            "TopicArn",
            "Subject",
            "Message",
            "Timestamp",
            "SignatureVersion",
            "Signature",
            "SigningCertURL",
            "UnsubscribeURL",
            "MessageAttributes");
    var key = keys.get();
    assertThat(envelope.get("SigningCertURL").asText())
        .isEqualTo(
            "http://127.0.0.1:4566/_sluice/sns/SimpleNotificationService-" + key.keyId() + ".pem");
    var certificate =
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(key.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    var canonical =
        "Message\nhello\nMessageId\n5a2c7e4e-1111-4000-8000-000000000001\nSubject\nOrder shipped\n"
            + "Timestamp\n2026-11-21T07:00:00.000Z\nTopicArn\n"
            + TOPIC
            + "\nType\nNotification\n";
    var verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(canonical.getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(Base64.getDecoder().decode(envelope.get("Signature").asText())))
        .isTrue();
  }

  @Test
  void postsTheRawMessageWithTheRawDeliveryHeader() throws Exception {
    startDispatcher();
    commit(notification("http", hook(), null, null, true));

    var request = received.poll(10, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.body()).isEqualTo("hello");
    assertThat(request.headers().get("X-amz-sns-rawdelivery")).containsExactly("true");
  }

  @Test
  void copiesTheEnvelopeToTheDeadLetterQueueWhenTheRetriesRunOut() throws Exception {
    for (var i = 0; i < 5; i++) {
      statuses.add(503);
    }
    var policy =
        DeliveryPolicies.effective(
            null,
            "{\"healthyRetryPolicy\":{\"minDelayTarget\":1,\"maxDelayTarget\":1,\"numRetries\":1}}");
    var queue = "arn:aws:sqs:us-east-1:000000000000:orders-dlq";
    startDispatcher();
    commit(notification("http", hook(), policy, queue, false));

    var failed = awaitStatus(EventStatus.FAILED, "sns");
    assertThat(failed.attempts()).isEqualTo(2);
    var copy = awaitStatus(EventStatus.PENDING, "sqs");
    assertThat(copy.target()).isEqualTo(queue);
    assertThat(JSON.readTree(copy.payload()).get("Message").asText()).isEqualTo("hello");
    assertThat(received).hasSize(2);
  }

  @Test
  void doesNotRetryAClientError() throws Exception {
    statuses.add(404);
    startDispatcher();
    commit(notification("http", hook(), null, null, false));

    var failed = awaitStatus(EventStatus.FAILED, "sns");
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(received).hasSize(1);
  }
}
