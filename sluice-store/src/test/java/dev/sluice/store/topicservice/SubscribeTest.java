package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.TopicDelivery;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscribeTest extends TopicServiceFixture {
  private SubscribeInput input(String topic, String protocol, String endpoint) {
    return new SubscribeInput(topic, protocol, endpoint, Map.of(), false);
  }

  @Test
  void confirmsAQueueAtOnce() {
    String arn = topic("t");
    String sub = ok(service.subscribe(input(arn, "sqs", QUEUE + "q")));
    assertThat(sub).startsWith(arn + ":").hasSize(arn.length() + 37);
    assertThat(deliveries()).isEmpty();
  }

  @Test
  void leavesAnEmailSubscriptionPendingAndSendsTheConfirmation() {
    String arn = topic("t");
    assertThat(ok(service.subscribe(input(arn, "email", "a@example.com"))))
        .isEqualTo("pending confirmation");
    var delivery = deliveries().getFirst();
    assertThat(delivery.kind()).isEqualTo(TopicDelivery.SUBSCRIPTION_CONFIRMATION);
    assertThat(delivery.endpoint()).isEqualTo("a@example.com");
    assertThat(delivery.topicArn()).isEqualTo(arn);
    assertThat(delivery.token()).matches("[0-9a-f]{256}");
    assertThat(delivery.message())
        .isEqualTo(
            "You have chosen to subscribe to the topic "
                + arn
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this"
                + " message.");
    assertThat(delivery.timestamp()).isEqualTo("2026-03-01T12:00:00.000Z");
    assertThat(signals.get()).isEqualTo(1);
  }

  @Test
  void answersThePendingArnWhenAskedTo() {
    String arn = topic("t");
    String sub =
        ok(service.subscribe(new SubscribeInput(arn, "email", "a@example.com", Map.of(), true)));
    assertThat(sub).startsWith(arn + ":");
  }

  @Test
  void answersTheExistingSubscriptionForTheSameEndpoint() {
    String arn = topic("t");
    String first = subscribe(arn, "sqs", QUEUE + "q");
    assertThat(subscribe(arn, "sqs", QUEUE + "q")).isEqualTo(first);
    assertThat(ok(service.listSubscriptionsByTopic(arn, null)).items()).hasSize(1);
  }

  @Test
  void refusesTheSameEndpointWithDifferentAttributes() {
    String arn = topic("t");
    subscribe(arn, "sqs", QUEUE + "q");
    fails(
        service.subscribe(
            new SubscribeInput(
                arn, "sqs", QUEUE + "q", Map.of("RawMessageDelivery", "true"), false)),
        "InvalidParameter",
        400,
        "Invalid parameter: Attributes Reason: Subscription already exists with different"
            + " attributes");
  }

  @Test
  void refusesAnUnknownProtocol() {
    fails(
        service.subscribe(input(topic("t"), "carrier-pigeon", "x")),
        "InvalidParameter",
        400,
        "Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon");
  }

  @Test
  void refusesEndpointsThatDoNotFitTheProtocol() {
    String arn = topic("t");
    fails(
        service.subscribe(input(arn, "http", "https://x")),
        "InvalidParameter",
        400,
        "Invalid parameter: Endpoint must match the specified protocol");
    fails(
        service.subscribe(input(arn, "email", "nobody")),
        "InvalidParameter",
        400,
        "Invalid parameter: Email address");
    fails(
        service.subscribe(input(arn, "sqs", "queue")),
        "InvalidParameter",
        400,
        "Invalid parameter: SQS endpoint ARN");
    fails(
        service.subscribe(input(arn, "lambda", QUEUE + "q")),
        "InvalidParameter",
        400,
        "Invalid parameter: Lambda endpoint ARN");
    fails(
        service.subscribe(input(arn, "sqs", null)),
        "InvalidParameter",
        400,
        "Invalid parameter: Endpoint");
  }

  @Test
  void acceptsOnlyQueuesOnAFifoTopic() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true"));
    fails(
        service.subscribe(input(arn, "email", "a@example.com")),
        "InvalidParameter",
        400,
        "Invalid parameter: Invalid protocol type: email");
    assertThat(service.subscribe(input(arn, "sqs", QUEUE + "q.fifo")).isOk()).isTrue();
  }

  @Test
  void refusesAStandardQueueOnAFifoTopicAndAFifoQueueOnAStandardTopic() {
    String fifo = topic("a.fifo", Map.of("FifoTopic", "true"));
    fails(
        service.subscribe(input(fifo, "sqs", QUEUE + "q")),
        "InvalidParameter",
        400,
        "Invalid parameter: Endpoint Reason: Please use FIFO SQS queue");
    fails(
        service.subscribe(input(topic("std"), "sqs", QUEUE + "q.fifo")),
        "InvalidParameter",
        400,
        "Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be"
            + " subscribed to standard SNS topics");
  }

  @Test
  void refusesAMissingTopic() {
    fails(
        service.subscribe(input(PREFIX + "gone", "sqs", QUEUE + "q")),
        "NotFound",
        404,
        "Topic does not exist");
  }

  @Test
  void refusesUnknownAndInvalidAttributes() {
    String arn = topic("t");
    fails(
        service.subscribe(
            new SubscribeInput(arn, "sqs", QUEUE + "q", Map.of("Colour", "red"), false)),
        "InvalidParameter",
        400,
        "Invalid parameter: Attributes Reason: Unknown attribute Colour");
    assertThat(
            service
                .subscribe(
                    new SubscribeInput(
                        arn, "sqs", QUEUE + "q", Map.of("RawMessageDelivery", "maybe"), false))
                .isOk())
        .isFalse();
    assertThat(
            service
                .subscribe(
                    new SubscribeInput(
                        arn, "email", "a@b.co", Map.of("RawMessageDelivery", "true"), false))
                .isOk())
        .isFalse();
    assertThat(
            service
                .subscribe(
                    new SubscribeInput(
                        arn,
                        "sqs",
                        QUEUE + "q",
                        Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\"nope\"}"),
                        false))
                .isOk())
        .isFalse();
  }
}
