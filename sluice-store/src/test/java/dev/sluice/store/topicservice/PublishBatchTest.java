package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.PublishBatchEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Needs PublishChecks from its helper. */
class PublishBatchTest extends TopicServiceFixture {
  private static PublishBatchEntry entry(String id, String message) {
    return new PublishBatchEntry(id, message, null, null, Map.of(), null, null);
  }

  @Test
  void publishesEachEntryAndListsTheOnesThatFailed() {
    String arn = topic("t");
    subscribe(arn, "sqs", QUEUE + "q");
    var result = ok(service.publishBatch(arn, List.of(entry("a", "one"), entry("b", ""))));
    assertThat(result.successful()).extracting(s -> s.id()).containsExactly("a");
    assertThat(result.failed()).extracting(f -> f.id()).containsExactly("b");
    assertThat(result.failed().getFirst().senderFault()).isTrue();
    assertThat(deliveries()).hasSize(1);
    assertThat(deliveries().getFirst().messageId())
        .isEqualTo(result.successful().getFirst().messageId());
  }

  @Test
  void refusesAMissingTopic() {
    fails(
        service.publishBatch(PREFIX + "gone", List.of(entry("a", "m"))),
        "NotFound",
        404,
        "Topic does not exist");
  }
}
