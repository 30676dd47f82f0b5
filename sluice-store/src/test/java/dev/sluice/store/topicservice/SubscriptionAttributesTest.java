package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriptionAttributesTest extends TopicServiceFixture {
  @Test
  void reportsWhatSnsReportsForAQueueSubscription() {
    String arn = topic("t");
    String sub = subscribe(arn, "sqs", QUEUE + "q");
    assertThat(ok(service.getSubscriptionAttributes(sub)))
        .containsEntry("SubscriptionArn", sub)
        .containsEntry("TopicArn", arn)
        .containsEntry("Owner", ACCOUNT)
        .containsEntry("Protocol", "sqs")
        .containsEntry("Endpoint", QUEUE + "q")
        .containsEntry("PendingConfirmation", "false")
        .containsEntry("ConfirmationWasAuthenticated", "true")
        .containsEntry("RawMessageDelivery", "false")
        .containsEntry("SubscriptionPrincipal", "arn:aws:iam::" + ACCOUNT + ":root")
        .doesNotContainKey("EffectiveDeliveryPolicy");
  }

  @Test
  void setsRawMessageDeliveryAndARedrivePolicy() {
    String sub = subscribe(topic("t"), "sqs", QUEUE + "q");
    ok(service.setSubscriptionAttributes(sub, "RawMessageDelivery", "true"));
    String redrive = "{\"deadLetterTargetArn\":\"" + QUEUE + "dlq\"}";
    ok(service.setSubscriptionAttributes(sub, "RedrivePolicy", redrive));
    assertThat(ok(service.getSubscriptionAttributes(sub)))
        .containsEntry("RawMessageDelivery", "true")
        .containsEntry("RedrivePolicy", redrive);
  }

  @Test
  void refusesUnknownNames() {
    String sub = subscribe(topic("t"), "sqs", QUEUE + "q");
    fails(
        service.setSubscriptionAttributes(sub, "Endpoint", "x"),
        "InvalidParameter",
        400,
        "Invalid parameter: AttributeName");
  }

  @Test
  void refusesAMissingSubscription() {
    fails(
        service.setSubscriptionAttributes(
            PREFIX + "t:6f1c1a52-51b3-4a1b-a7f5-9c9b0c1f0b11", "RawMessageDelivery", "true"),
        "NotFound",
        404,
        "Subscription does not exist");
  }
}
