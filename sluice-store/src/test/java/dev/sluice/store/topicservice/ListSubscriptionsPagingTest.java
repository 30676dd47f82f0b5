package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListSubscriptionsPagingTest extends TopicServiceFixture {
  @Test
  void listsAHundredSubscriptionsPerPage() {
    String a = topic("a");
    String b = topic("b");
    for (int i = 0; i < 120; i++) {
      subscribe(i % 2 == 0 ? a : b, "sqs", QUEUE + "q" + i);
    }
    var first = ok(service.listSubscriptions(null));
    var second = ok(service.listSubscriptions(first.nextToken()));
    assertThat(first.items()).hasSize(100);
    assertThat(second.items()).hasSize(20);
    assertThat(second.nextToken()).isNull();
    assertThat(first.items().getFirst().endpoint()).isEqualTo(QUEUE + "q0");
  }

  @Test
  void listsOnlyTheTopicsOwnByTopic() {
    String a = topic("a");
    String b = topic("b");
    for (int i = 0; i < 110; i++) {
      subscribe(a, "sqs", QUEUE + "a" + i);
      subscribe(b, "sqs", QUEUE + "b" + i);
    }
    var first = ok(service.listSubscriptionsByTopic(a, null));
    var second = ok(service.listSubscriptionsByTopic(a, first.nextToken()));
    assertThat(first.items()).hasSize(100).allMatch(s -> s.topicArn().equals(a));
    assertThat(second.items()).hasSize(10).allMatch(s -> s.topicArn().equals(a));
  }

  @Test
  void listsPendingSubscriptionsAsPendingConfirmation() {
    String a = topic("a");
    ok(service.subscribe(new SubscribeInput(a, "email", "a@example.com", Map.of(), false)));
    assertThat(ok(service.listSubscriptions(null)).items())
        .containsExactly(
            new SubscriptionSummary("PendingConfirmation", ACCOUNT, "email", "a@example.com", a));
  }

  @Test
  void refusesAMissingTopic() {
    fails(
        service.listSubscriptionsByTopic(PREFIX + "gone", null),
        "NotFound",
        404,
        "Topic does not exist");
  }
}
