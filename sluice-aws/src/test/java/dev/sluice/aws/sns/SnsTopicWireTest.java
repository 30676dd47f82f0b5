package dev.sluice.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.Tag;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.Topic;

/** The SDK v2 SNS client's topic calls are decoded, and their results read back. */
class SnsTopicWireTest extends SnsWireFixture {
  private static final String ARN = "arn:aws:sns:eu-west-1:111122223333:orders";

  @Test
  void createTopicSendsNameAttributesTagsAndTheSignersRegionAndAccount() {
    topics.answer("CreateTopic", Result.ok(ARN));

    var response =
        sns.createTopic(
            r ->
                r.name("orders.fifo")
                    .attributes(Map.of("FifoTopic", "true", "DisplayName", "Orders & more"))
                    .tags(tag("team", "billing"), tag("env", "test"))
                    .dataProtectionPolicy("{}"));

    assertThat(response.topicArn()).isEqualTo(ARN);
    assertThat(topics.onlyCall())
        .containsExactly(
            "CreateTopic",
            new CreateTopicInput(
                "eu-west-1",
                "111122223333",
                "orders.fifo",
                Map.of("FifoTopic", "true", "DisplayName", "Orders & more"),
                List.of(new Tag("team", "billing"), new Tag("env", "test")),
                "{}"));
  }

  @Test
  void createTopicWithoutAttributesOrTagsSendsEmptyOnes() {
    topics.answer("CreateTopic", Result.ok(ARN));

    sns.createTopic(r -> r.name("orders"));

    var input = (CreateTopicInput) topics.onlyCall().get(1);
    assertThat(input.attributes()).isEmpty();
    assertThat(input.tags()).isEmpty();
    assertThat(input.dataProtectionPolicy()).isNull();
  }

  @Test
  void deleteTopicPassesTheArn() {
    topics.answer("DeleteTopic", Result.ok(null));

    sns.deleteTopic(r -> r.topicArn(ARN));

    assertThat(topics.onlyCall()).containsExactly("DeleteTopic", ARN);
  }

  @Test
  void listTopicsReadsTheArnsAndTheNextToken() {
    topics.answer("ListTopics", Result.ok(new Page<>(List.of(ARN, ARN + "2"), "tok-2")));

    var response = sns.listTopics(r -> r.nextToken("tok-1"));

    assertThat(response.topics()).extracting(Topic::topicArn).containsExactly(ARN, ARN + "2");
    assertThat(response.nextToken()).isEqualTo("tok-2");
    assertThat(topics.onlyCall()).containsExactly("ListTopics", "tok-1");
  }

  @Test
  void listTopicsOnTheLastPageHasNoNextToken() {
    topics.answer("ListTopics", Result.ok(new Page<>(List.<String>of(), null)));

    var response = sns.listTopics(r -> {});

    assertThat(response.topics()).isEmpty();
    assertThat(response.nextToken()).isNull();
    assertThat(topics.onlyCall()).containsExactly("ListTopics", null);
  }

  @Test
  void getTopicAttributesReadsTheMap() {
    topics.answer(
        "GetTopicAttributes",
        Result.ok(Map.of("TopicArn", ARN, "Policy", "{\"a\":\"<b>\"}", "DisplayName", "")));

    var response = sns.getTopicAttributes(r -> r.topicArn(ARN));

    assertThat(response.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("TopicArn", ARN, "Policy", "{\"a\":\"<b>\"}", "DisplayName", ""));
    assertThat(topics.onlyCall()).containsExactly("GetTopicAttributes", ARN);
  }

  @Test
  void setTopicAttributesPassesNameAndValue() {
    topics.answer("SetTopicAttributes", Result.ok(null));

    sns.setTopicAttributes(
        r -> r.topicArn(ARN).attributeName("DisplayName").attributeValue("Bestellungen äö"));

    assertThat(topics.onlyCall())
        .containsExactly("SetTopicAttributes", ARN, "DisplayName", "Bestellungen äö");
  }

  private static software.amazon.awssdk.services.sns.model.Tag tag(String key, String value) {
    return software.amazon.awssdk.services.sns.model.Tag.builder().key(key).value(value).build();
  }
}
