package dev.sluice.server.internal.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import org.junit.jupiter.api.Test;

class TopicForwardingTest extends TopicDeliveryFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutboxEvent asEvent(String service, String target, String type, String payload) {
    commit(service, target, type, payload);
    return store.outbox().list(EventStatus.PENDING, 0, 100).stream()
        .filter(e -> e.payload().equals(payload))
        .findFirst()
        .orElseThrow();
  }

  private OutboxEvent pending(String service) {
    return store.outbox().list(EventStatus.PENDING, 0, 100).stream()
        .filter(e -> e.service().equals(service))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sendsAFunctionSnsEventWithLambdasSpellings() throws Exception {
    var function = "arn:aws:lambda:us-east-1:000000000000:function:ship";
    var d = notification("lambda", function, null, null, false);
    assertThat(consumer.deliver(asEvent("sns", SUBSCRIPTION, "Deliver", d.toJson())).isOk())
        .isTrue();

    var event = pending("lambda");
    assertThat(event.target()).isEqualTo(function);
    var record = JSON.readTree(event.payload()).get("Records").get(0);
    assertThat(record.get("EventSource").asText()).isEqualTo("aws:sns");
    assertThat(record.get("EventVersion").asText()).isEqualTo("1.0");
    assertThat(record.get("EventSubscriptionArn").asText()).isEqualTo(SUBSCRIPTION);
    var sns = record.get("Sns");
    assertThat(sns.has("SigningCertUrl")).isTrue();
    assertThat(sns.get("UnsubscribeUrl").asText())
        .startsWith("http://127.0.0.1:4566/?Action=Unsubscribe&SubscriptionArn=arn%3Aaws%3Asns");
    assertThat(sns.get("MessageAttributes").get("color").get("Value").asText()).isEqualTo("blue");
  }

  @Test
  void sendsARawMessageToAQueue() {
    var queue = "arn:aws:sqs:us-east-1:000000000000:orders";
    var d = notification("sqs", queue, null, null, true);
    assertThat(consumer.deliver(asEvent("sns", SUBSCRIPTION, "Deliver", d.toJson())).isOk())
        .isTrue();

    var event = pending("sqs");
    assertThat(event.target()).isEqualTo(queue);
    assertThat(event.payload()).isEqualTo("hello");
  }

  @Test
  void mailsTheMessageWithTheUnsubscribeFooter() {
    var d = notification("email", "ops@example.com", null, null, false);
    assertThat(consumer.deliver(asEvent("sns", SUBSCRIPTION, "Deliver", d.toJson())).isOk())
        .isTrue();

    assertThat(mails).hasSize(1);
    var mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("Order shipped");
    assertThat(mail.fromName()).isEqualTo("Orders");
    assertThat(mail.fromAddress()).isEqualTo("no-reply@sns.sluice.local");
    assertThat(mail.to()).isEqualTo("ops@example.com");
    assertThat(mail.body())
        .startsWith("hello\n")
        .contains("http://127.0.0.1:4566/_sluice/sns/unsubscribe.html?SubscriptionArn=arn%3Aaws")
        .contains("&Endpoint=ops%40example.com");
  }

  @Test
  void publishesAnS3NotificationToItsTopic() {
    var payload = "{\"Records\":[{\"eventSource\":\"aws:s3\"}]}";
    assertThat(consumer.deliver(asEvent("sns", TOPIC, "s3:ObjectCreated:Put", payload)).isOk())
        .isTrue();

    assertThat(published).hasSize(1);
    assertThat(published.get(0).topicArn()).isEqualTo(TOPIC);
    assertThat(published.get(0).message()).isEqualTo(payload);
    assertThat(published.get(0).subject()).isEqualTo("Amazon S3 Notification");
  }
}
