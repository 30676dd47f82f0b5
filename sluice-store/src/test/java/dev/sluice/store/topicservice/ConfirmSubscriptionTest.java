package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.SubscribeInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmSubscriptionTest extends TopicServiceFixture {
  @Test
  void confirmsWithTheTokenOfTheConfirmationMessage() {
    String arn = topic("t");
    ok(service.subscribe(new SubscribeInput(arn, "email", "a@example.com", Map.of(), false)));
    String token = deliveries().getFirst().token();
    String sub = ok(service.confirmSubscription(arn, token, "true"));
    assertThat(sub).startsWith(arn + ":");
    assertThat(ok(service.listSubscriptionsByTopic(arn, null)).items().getFirst().subscriptionArn())
        .isEqualTo(sub);
    assertThat(ok(service.getSubscriptionAttributes(sub)))
        .containsEntry("PendingConfirmation", "false")
        .containsEntry("ConfirmationWasAuthenticated", "true");
  }

  @Test
  void confirmsASecondTimeWithTheSameAnswer() {
    String arn = topic("t");
    ok(service.subscribe(new SubscribeInput(arn, "email-json", "a@example.com", Map.of(), false)));
    String token = deliveries().getFirst().token();
    String first = ok(service.confirmSubscription(arn, token, null));
    assertThat(ok(service.confirmSubscription(arn, token, null))).isEqualTo(first);
  }

  @Test
  void refusesATokenItDidNotSend() {
    String arn = topic("t");
    ok(service.subscribe(new SubscribeInput(arn, "email", "a@example.com", Map.of(), false)));
    fails(
        service.confirmSubscription(arn, "abc123", null), "InvalidParameter", 400, "Invalid token");
  }

  @Test
  void refusesATokenOfAnotherTopic() {
    String arn = topic("t");
    String other = topic("other");
    ok(service.subscribe(new SubscribeInput(arn, "email", "a@example.com", Map.of(), false)));
    String token = deliveries().getFirst().token();
    fails(
        service.confirmSubscription(other, token, null), "InvalidParameter", 400, "Invalid token");
  }

  @Test
  void refusesAMissingTopic() {
    fails(
        service.confirmSubscription(PREFIX + "gone", "abc", null),
        "NotFound",
        404,
        "Topic does not exist");
  }
}
