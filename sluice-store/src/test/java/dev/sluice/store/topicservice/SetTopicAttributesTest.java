package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SetTopicAttributesTest extends TopicServiceFixture {
  @Test
  void keepsTheDisplayName() {
    String arn = topic("t");
    ok(service.setTopicAttributes(arn, "DisplayName", "Alerts"));
    assertThat(store.topics().topic(arn).orElseThrow().attributes())
        .containsEntry("DisplayName", "Alerts");
  }

  @Test
  void refusesUnknownAndImmutableNames() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true"));
    for (String name : new String[] {"FifoTopic", "TopicArn", "Owner", "Nope"}) {
      fails(
          service.setTopicAttributes(arn, name, "x"),
          "InvalidParameter",
          400,
          "Invalid parameter: AttributeName");
    }
  }

  @Test
  void refusesAMissingTopic() {
    fails(
        service.setTopicAttributes(PREFIX + "gone", "DisplayName", "x"),
        "NotFound",
        404,
        "Topic does not exist");
    fails(service.getTopicAttributes(PREFIX + "gone"), "NotFound", 404, "Topic does not exist");
  }

  @Test
  void setsContentBasedDeduplicationOnlyOnFifoTopics() {
    String fifo = topic("a.fifo", Map.of("FifoTopic", "true"));
    ok(service.setTopicAttributes(fifo, "ContentBasedDeduplication", "true"));
    assertThat(store.topics().topic(fifo).orElseThrow().attributes())
        .containsEntry("ContentBasedDeduplication", "true");
    String std = topic("std");
    assertThat(service.setTopicAttributes(std, "ContentBasedDeduplication", "true").isOk())
        .isFalse();
  }
}
