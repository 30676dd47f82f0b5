package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.PublishInput;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Needs PublishChecks from its helper. */
class FifoPublishTest extends TopicServiceFixture {
  private static PublishInput fifo(String arn, String message, String dedup) {
    return new PublishInput(arn, null, null, message, null, null, Map.of(), "g1", dedup);
  }

  @Test
  void answersTheFirstMessageForADuplicateWithinFiveMinutes() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true"));
    subscribe(arn, "sqs", QUEUE + "q.fifo");
    var first = ok(service.publish(fifo(arn, "m", "d1")));
    clock.advance(Duration.ofMinutes(4));
    var again = ok(service.publish(fifo(arn, "m", "d1")));
    assertThat(again).isEqualTo(first);
    assertThat(deliveries()).hasSize(1);
    clock.advance(Duration.ofMinutes(2));
    var later = ok(service.publish(fifo(arn, "m", "d1")));
    assertThat(later.messageId()).isNotEqualTo(first.messageId());
    assertThat(deliveries()).hasSize(2);
  }

  @Test
  void numbersMessagesInIncreasingTwentyDigitSequence() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true"));
    subscribe(arn, "sqs", QUEUE + "q.fifo");
    var one = ok(service.publish(fifo(arn, "a", "d1")));
    var two = ok(service.publish(fifo(arn, "b", "d2")));
    assertThat(one.sequenceNumber()).matches("[0-9]{20}");
    assertThat(two.sequenceNumber()).matches("[0-9]{20}");
    assertThat(two.sequenceNumber()).isGreaterThan(one.sequenceNumber());
    var delivery = deliveries().getLast();
    assertThat(delivery.sequenceNumber()).isEqualTo(two.sequenceNumber());
    assertThat(delivery.messageGroupId()).isEqualTo("g1");
    assertThat(delivery.messageDeduplicationId()).isEqualTo("d2");
  }
}
