package dev.sluice.core.topics.publish;

import static dev.sluice.core.topics.publish.PublishChecksFixture.fifo;
import static dev.sluice.core.topics.publish.PublishChecksFixture.standardFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Failure;
import org.junit.jupiter.api.Test;

class PublishChecksFifoTest {

  @Test
  void keepsTheGroupAndTheExplicitDeduplicationId() {
    var checked = PublishChecks.check(fifo("hello", "g1", "d1"), true, false).value();

    assertThat(checked.messageGroupId()).isEqualTo("g1");
    assertThat(checked.deduplicationId()).isEqualTo("d1");
  }

  @Test
  void requiresAGroupOnFifoTopics() {
    assertThat(PublishChecks.check(fifo("hello", null, "d1"), true, false).failure())
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"));
  }

  @Test
  void requiresADeduplicationIdWithoutContentBasedDeduplication() {
    assertThat(PublishChecks.check(fifo("hello", "g1", null), true, false).failure())
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: The topic should either have ContentBasedDeduplication enabled"
                    + " or MessageDeduplicationId provided explicitly"));
  }

  @Test
  void derivesTheDeduplicationIdFromTheBodyWithContentBasedDeduplication() {
    var checked = PublishChecks.check(fifo("hello", "g1", null), true, true).value();

    assertThat(checked.deduplicationId())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void prefersAnExplicitDeduplicationIdOverTheContentBasedOne() {
    var checked = PublishChecks.check(fifo("hello", "g1", "mine"), true, true).value();

    assertThat(checked.deduplicationId()).isEqualTo("mine");
  }

  @Test
  void acceptsIdsOf128PunctuationAndAlphanumericCharactersAndRefusesLonger() {
    String id = "a-!{}~".repeat(21) + "xy";
    assertThat(id).hasSize(128);
    assertThat(PublishChecks.check(fifo("hello", id, id), true, false).isOk()).isTrue();

    assertThat(PublishChecks.check(fifo("hello", id + "z", "d"), true, false).failure().code())
        .isEqualTo("InvalidParameter");
    assertThat(PublishChecks.check(fifo("hello", "g", id + "z"), true, false).failure().message())
        .startsWith("Invalid parameter: MessageDeduplicationId");
  }

  @Test
  void refusesAGroupWithSpacesOrNonAsciiCharacters() {
    assertThat(PublishChecks.check(fifo("hello", "a b", "d"), true, false).failure().message())
        .startsWith("Invalid parameter: MessageGroupId");
    assertThat(PublishChecks.check(fifo("hello", "grüppe", "d"), true, false).isOk()).isFalse();
  }

  @Test
  void refusesADeduplicationIdOnAStandardTopic() {
    assertThat(standardFailure(fifo("hello", null, "d1")))
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: MessageDeduplicationId Reason: The request includes"
                    + " MessageDeduplicationId parameter that is not valid for this topic type"));
  }

  @Test
  void refusesAGroupOnAStandardTopic() {
    assertThat(standardFailure(fifo("hello", "g1", null)))
        .isEqualTo(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: MessageGroupId Reason: The request includes MessageGroupId"
                    + " parameter that is not valid for this topic type"));
  }
}
