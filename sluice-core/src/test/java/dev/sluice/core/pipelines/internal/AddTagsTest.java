package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Tag;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AddTagsTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void addsNewKeysAfterTheExistingOnes() {
    var id = fixture.create("orders", new Tag("team", "data"));

    ok(fixture.service.addTags(id, List.of(new Tag("env", "prod"))));

    assertThat(fixture.stored(id).tags())
        .containsExactly(new Tag("team", "data"), new Tag("env", "prod"));
  }

  @Test
  void anExistingKeyGetsTheNewValue() {
    var id = fixture.create("orders", new Tag("team", "data"));

    ok(fixture.service.addTags(id, List.of(new Tag("team", "ops"))));

    assertThat(fixture.stored(id).tags()).containsExactly(new Tag("team", "ops"));
  }

  @Test
  void theTotalIsAtMostTenTags() {
    var id = fixture.create("orders", tags(0, 9).toArray(Tag[]::new));

    var failure = failure(fixture.service.addTags(id, tags(9, 11)));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.stored(id).tags()).hasSize(9);
    assertThat(fixture.stored(id).revision()).isZero();
  }

  @Test
  void replacingValuesOfTenTagsIsWithinTheLimit() {
    var id = fixture.create("orders", tags(0, 10).toArray(Tag[]::new));

    ok(fixture.service.addTags(id, List.of(new Tag("k3", "changed"))));

    assertThat(fixture.stored(id).tags()).hasSize(10).contains(new Tag("k3", "changed"));
  }

  @Test
  void anEmptyKeyIsInvalid() {
    var id = fixture.create("orders");

    assertThat(failure(fixture.service.addTags(id, List.of(new Tag("", "v")))).code())
        .isEqualTo("InvalidRequestException");
  }

  @Test
  void requiresTheTags() {
    var id = fixture.create("orders");

    assertThat(failure(fixture.service.addTags(id, null)).message()).contains("'tags'");
  }

  private static List<Tag> tags(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> new Tag("k" + i, "v" + i)).toList();
  }
}
