package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateTopicTest extends TopicServiceFixture {
  private static CreateTopicInput input(String name, Map<String, String> attributes) {
    return new CreateTopicInput(REGION, ACCOUNT, name, attributes, List.of(), null);
  }

  @Test
  void answersTheTopicArnMadeOfRegionAccountAndName() {
    assertThat(topic("orders")).isEqualTo(PREFIX + "orders");
  }

  @Test
  void answersTheSameArnWhenCreatedAgainWithTheSameAttributes() {
    String first = topic("orders", Map.of("DisplayName", "Orders"));
    assertThat(topic("orders", Map.of("DisplayName", "Orders"))).isEqualTo(first);
    assertThat(topic("orders")).isEqualTo(first);
  }

  @Test
  void refusesTheSameNameWithDifferentAttributes() {
    topic("orders", Map.of("DisplayName", "Orders"));
    fails(
        service.createTopic(input("orders", Map.of("DisplayName", "Other"))),
        "InvalidParameter",
        400,
        "Invalid parameter: Attributes Reason: Topic already exists with different attributes");
  }

  @Test
  void refusesTheSameNameWithDifferentTags() {
    service.createTopic(
        new CreateTopicInput(REGION, ACCOUNT, "t", Map.of(), List.of(new Tag("a", "1")), null));
    fails(
        service.createTopic(
            new CreateTopicInput(REGION, ACCOUNT, "t", Map.of(), List.of(new Tag("a", "2")), null)),
        "InvalidParameter",
        400,
        "Invalid parameter: Tags Reason: Topic already exists with different tags");
  }

  @Test
  void refusesNamesWithOtherCharactersOrTooLong() {
    for (String name : List.of("", "a b", "a.b", "x".repeat(257), "ä")) {
      fails(
          service.createTopic(input(name, Map.of())),
          "InvalidParameter",
          400,
          "Invalid parameter: Topic Name");
    }
    assertThat(topic("x".repeat(256))).endsWith(":" + "x".repeat(256));
  }

  @Test
  void refusesAFifoSuffixOnAStandardTopic() {
    fails(
        service.createTopic(input("a.fifo", Map.of())),
        "InvalidParameter",
        400,
        "Invalid parameter: Topic Name");
  }

  @Test
  void refusesAFifoTopicWhoseNameDoesNotEndInFifo() {
    var result = service.createTopic(input("plain", Map.of("FifoTopic", "true")));
    assertThat(result.failure().code()).isEqualTo("InvalidParameter");
    assertThat(result.failure().message())
        .startsWith("Invalid parameter: Fifo Topic names must end with .fifo");
  }

  @Test
  void createsAFifoTopicWithContentBasedDeduplication() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true"));
    var stored = store.topics().topic(arn).orElseThrow();
    assertThat(stored.fifo()).isTrue();
    assertThat(stored.attributes()).containsEntry("ContentBasedDeduplication", "true");
  }

  @Test
  void refusesContentBasedDeduplicationOnAStandardTopic() {
    assertThat(
            service
                .createTopic(input("std", Map.of("ContentBasedDeduplication", "true")))
                .failure()
                .code())
        .isEqualTo("InvalidParameter");
  }

  @Test
  void refusesAnUnknownAttributeAndABadSignatureVersion() {
    fails(
        service.createTopic(input("t", Map.of("Colour", "blue"))),
        "InvalidParameter",
        400,
        "Invalid parameter: Attributes Reason: Unknown attribute Colour");
    assertThat(service.createTopic(input("t", Map.of("SignatureVersion", "3"))).isOk()).isFalse();
    assertThat(service.createTopic(input("t", Map.of("SignatureVersion", "2"))).isOk()).isTrue();
  }

  @Test
  void keepsTheTagsGivenAtCreation() {
    String arn =
        ok(
            service.createTopic(
                new CreateTopicInput(
                    REGION,
                    ACCOUNT,
                    "tagged",
                    Map.of(),
                    List.of(new Tag("team", "a"), new Tag("env", "dev")),
                    null)));
    assertThat(ok(service.listTagsForResource(arn)))
        .containsExactly(new Tag("team", "a"), new Tag("env", "dev"));
  }
}
