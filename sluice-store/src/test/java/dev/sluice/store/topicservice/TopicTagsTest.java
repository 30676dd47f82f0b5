package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTagsTest extends TopicServiceFixture {
  @Test
  void addsReplacesAndRemovesTags() {
    String arn = topic("t");
    ok(service.tagResource(arn, List.of(new Tag("a", "1"), new Tag("b", "2"))));
    ok(service.tagResource(arn, List.of(new Tag("a", "3"))));
    ok(service.untagResource(arn, List.of("b", "missing")));
    assertThat(ok(service.listTagsForResource(arn))).containsExactly(new Tag("a", "3"));
  }

  @Test
  void refusesMoreThanFiftyTags() {
    String arn = topic("t");
    var tags = new ArrayList<Tag>();
    for (int i = 0; i < 50; i++) {
      tags.add(new Tag("k" + i, "v"));
    }
    ok(service.tagResource(arn, tags));
    fails(
        service.tagResource(arn, List.of(new Tag("one-more", "v"))),
        "TagLimitExceeded",
        400,
        "Could not complete request: tag quota of per resource exceeded");
  }

  @Test
  void refusesKeysAndValuesOutsideTheLimits() {
    String arn = topic("t");
    assertThat(service.tagResource(arn, List.of(new Tag("k".repeat(129), "v"))).isOk()).isFalse();
    assertThat(service.tagResource(arn, List.of(new Tag("", "v"))).isOk()).isFalse();
    assertThat(service.tagResource(arn, List.of(new Tag("k", "v".repeat(257)))).isOk()).isFalse();
    assertThat(ok(service.listTagsForResource(arn))).isEmpty();
  }

  @Test
  void answersResourceNotFoundForAnUnknownTopic() {
    fails(
        service.listTagsForResource(PREFIX + "gone"),
        "ResourceNotFound",
        404,
        "Resource does not exist");
    fails(
        service.tagResource(PREFIX + "gone", List.of(new Tag("a", "1"))),
        "ResourceNotFound",
        404,
        "Resource does not exist");
  }
}
