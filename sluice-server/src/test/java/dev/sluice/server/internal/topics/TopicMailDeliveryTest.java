package dev.sluice.server.internal.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.events.RetryDecision;
import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.TopicDelivery;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicMailDeliveryTest extends TopicDeliveryFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TopicDelivery confirmation(String protocol) {
    return new TopicDelivery(
        TopicDelivery.SUBSCRIPTION_CONFIRMATION,
        "c-1",
        TOPIC,
        SUBSCRIPTION,
        protocol,
        "ops@example.com",
        null,
        "You have chosen to subscribe to the topic " + TOPIC,
        "2026-11-21T07:00:00.000Z",
        Map.of(),
        false,
        null,
        "arn:aws:sqs:us-east-1:000000000000:dlq",
        "abc123",
        "Orders",
        "1",
        null,
        null,
        null);
  }

  private OutboxEvent event(TopicDelivery d, int attempts) {
    return new OutboxEvent(
        1,
        "sns",
        d.subscriptionArn(),
        "Deliver",
        d.toJson(),
        clock.now(),
        EventStatus.PENDING,
        attempts,
        clock.now(),
        null);
  }

  @Test
  void mailsAConfirmationWithTheConfirmationLink() {
    assertThat(consumer.deliver(event(confirmation("email"), 1)).isOk()).isTrue();

    var mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("AWS Notification - Subscription Confirmation");
    assertThat(mail.body())
        .contains(TOPIC)
        .contains(
            "http://127.0.0.1:4566/_sluice/sns/confirmation.html?TopicArn=arn%3Aaws%3Asns"
                + "%3Aus-east-1%3A000000000000%3Aorders&Token=abc123&Endpoint=ops%40example.com");
  }

  @Test
  void mailsTheEnvelopeToAnEmailJsonSubscriber() throws Exception {
    var d = notification("email-json", "ops@example.com", null, null, false);
    assertThat(consumer.deliver(event(d, 1)).isOk()).isTrue();

    var envelope = JSON.readTree(mails.get(0).body());
    assertThat(envelope.get("Type").asText()).isEqualTo("Notification");
    assertThat(envelope.get("Message").asText()).isEqualTo("hello");
    assertThat(mails.get(0).subject()).isEqualTo("Order shipped");
  }

  @Test
  void backsOffUntilTheAttemptsRunOutThenDeadLettersTheNotification() {
    var queue = "arn:aws:sqs:us-east-1:000000000000:dlq";
    var d = notification("email", "ops@example.com", null, queue, false);
    var failure = Failure.of("MailFailed", 500, "the SMTP server is down");

    assertThat(consumer.afterFailure(event(d, 2), failure)).isEqualTo(RetryDecision.backoff());
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10)).isEmpty();

    assertThat(consumer.afterFailure(event(d, 3), failure)).isEqualTo(RetryDecision.giveUp());
    var copy = store.outbox().list(EventStatus.PENDING, 0, 10).get(0);
    assertThat(copy.service()).isEqualTo("sqs");
    assertThat(copy.target()).isEqualTo(queue);
  }

  @Test
  void neverDeadLettersAConfirmation() {
    var failure = Failure.of("MailFailed", 500, "the SMTP server is down");

    assertThat(consumer.afterFailure(event(confirmation("email"), 3), failure))
        .isEqualTo(RetryDecision.giveUp());
    assertThat(store.outbox().list(EventStatus.PENDING, 0, 10)).isEmpty();
  }
}
