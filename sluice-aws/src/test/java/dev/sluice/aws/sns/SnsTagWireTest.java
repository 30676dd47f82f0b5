package dev.sluice.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK v2 SNS client's tag calls are decoded, and their results read back. */
class SnsTagWireTest extends SnsWireFixture {
  private static final String ARN = "arn:aws:sns:eu-west-1:111122223333:orders";

  @Test
  void tagResourceSendsTheTagsInOrder() {
    topics.answer("TagResource", Result.ok(null));

    sns.tagResource(r -> r.resourceArn(ARN).tags(tag("team", "billing"), tag("cost=center", "")));

    assertThat(topics.onlyCall())
        .containsExactly(
            "TagResource", ARN, List.of(new Tag("team", "billing"), new Tag("cost=center", "")));
  }

  @Test
  void untagResourceSendsTheKeys() {
    topics.answer("UntagResource", Result.ok(null));

    sns.untagResource(r -> r.resourceArn(ARN).tagKeys("team", "env"));

    assertThat(topics.onlyCall()).containsExactly("UntagResource", ARN, List.of("team", "env"));
  }

  @Test
  void listTagsForResourceReadsKeysAndValues() {
    topics.answer(
        "ListTagsForResource",
        Result.ok(List.of(new Tag("team", "billing & ops"), new Tag("env", "test"))));

    var response = sns.listTagsForResource(r -> r.resourceArn(ARN));

    assertThat(response.tags())
        .extracting(t -> t.key() + "=" + t.value())
        .containsExactly("team=billing & ops", "env=test");
    assertThat(topics.onlyCall()).containsExactly("ListTagsForResource", ARN);
  }

  private static software.amazon.awssdk.services.sns.model.Tag tag(String key, String value) {
    return software.amazon.awssdk.services.sns.model.Tag.builder().key(key).value(value).build();
  }
}
