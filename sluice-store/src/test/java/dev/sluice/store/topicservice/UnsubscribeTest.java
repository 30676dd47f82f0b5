package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeTest extends TopicServiceFixture {
  @Test
  void removesTheSubscription() {
    String arn = topic("t");
    String sub = subscribe(arn, "sqs", QUEUE + "q");
    ok(service.unsubscribe(sub));
    assertThat(ok(service.listSubscriptionsByTopic(arn, null)).items()).isEmpty();
    fails(service.getSubscriptionAttributes(sub), "NotFound", 404, "Subscription does not exist");
  }

  @Test
  void refusesASubscriptionThatDoesNotExist() {
    fails(
        service.unsubscribe(PREFIX + "t:6f1c1a52-51b3-4a1b-a7f5-9c9b0c1f0b11"),
        "NotFound",
        404,
        "Subscription does not exist");
  }

  @Test
  void refusesSomethingThatIsNotASubscriptionArn() {
    fails(
        service.unsubscribe("PendingConfirmation"),
        "InvalidParameter",
        400,
        "Invalid parameter: SubscriptionArn");
  }

  @Test
  void sendsNoMessageToAQueueItUnsubscribes() {
    String sub = subscribe(topic("t"), "sqs", QUEUE + "q");
    ok(service.unsubscribe(sub));
    assertThat(deliveries()).isEmpty();
  }
}
