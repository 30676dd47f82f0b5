package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.TopicDelivery;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Needs PublishChecks from its helper. */
class PublishFanoutTest extends TopicServiceFixture {
  @Test
  void commitsOneNotificationPerConfirmedSubscription() {
    String arn = topic("t", Map.of("DisplayName", "Alerts"));
    String q1 = subscribe(arn, "sqs", QUEUE + "q1");
    String q2 = subscribe(arn, "sqs", QUEUE + "q2");
    ok(service.subscribe(new SubscribeInput(arn, "email", "a@example.com", Map.of(), false)));
    int before = deliveries().size();
    var published =
        ok(
            service.publish(
                new PublishInput(
                    arn,
                    null,
                    null,
                    "hello",
                    "greeting",
                    null,
                    Map.of("k", MessageAttribute.string("v")),
                    null,
                    null)));
    var notifications = deliveries().subList(before, deliveries().size());
    assertThat(notifications).hasSize(2);
    assertThat(notifications).extracting(TopicDelivery::subscriptionArn).containsExactly(q1, q2);
    var first = notifications.getFirst();
    assertThat(first.kind()).isEqualTo(TopicDelivery.NOTIFICATION);
    assertThat(first.messageId()).isEqualTo(published.messageId());
    assertThat(first.message()).isEqualTo("hello");
    assertThat(first.subject()).isEqualTo("greeting");
    assertThat(first.timestamp()).isEqualTo("2026-03-01T12:00:00.000Z");
    assertThat(first.topicDisplayName()).isEqualTo("Alerts");
    assertThat(first.signatureVersion()).isEqualTo("1");
    assertThat(first.messageAttributes()).containsKey("k");
    assertThat(published.sequenceNumber()).isNull();
  }

  @Test
  void carriesRawDeliveryAndTheDeadLetterQueue() {
    String arn = topic("t");
    String redrive = "{\"deadLetterTargetArn\":\"" + QUEUE + "dlq\"}";
    ok(
        service.subscribe(
            new SubscribeInput(
                arn,
                "sqs",
                QUEUE + "q",
                Map.of("RawMessageDelivery", "true", "RedrivePolicy", redrive),
                false)));
    ok(service.publish(PublishInput.of(arn, "m", null)));
    var delivery = deliveries().getLast();
    assertThat(delivery.rawMessageDelivery()).isTrue();
    assertThat(delivery.deadLetterTargetArn()).isEqualTo(QUEUE + "dlq");
    assertThat(delivery.deliveryPolicy()).isNull();
  }

  @Test
  void sendsOnlyToSubscriptionsWhoseFilterMatches() {
    String arn = topic("t");
    ok(
        service.subscribe(
            new SubscribeInput(
                arn, "sqs", QUEUE + "red", Map.of("FilterPolicy", "{\"c\":[\"red\"]}"), false)));
    ok(
        service.subscribe(
            new SubscribeInput(
                arn, "sqs", QUEUE + "blue", Map.of("FilterPolicy", "{\"c\":[\"blue\"]}"), false)));
    ok(
        service.publish(
            new PublishInput(
                arn,
                null,
                null,
                "m",
                null,
                null,
                Map.of("c", MessageAttribute.string("red")),
                null,
                null)));
    assertThat(deliveries()).extracting(TopicDelivery::endpoint).containsExactly(QUEUE + "red");
  }

  @Test
  void commitsNothingWithoutSubscriptions() {
    String arn = topic("t");
    ok(service.publish(PublishInput.of(arn, "m", null)));
    assertThat(deliveries()).isEmpty();
  }
}
