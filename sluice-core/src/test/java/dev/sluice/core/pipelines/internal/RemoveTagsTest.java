package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveTagsTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void removesTheTagsOfTheKeys() {
    var id = fixture.create("orders", new Tag("team", "data"), new Tag("env", "prod"));

    ok(fixture.service.removeTags(id, List.of("team")));

    assertThat(fixture.stored(id).tags()).containsExactly(new Tag("env", "prod"));
  }

  @Test
  void keysWithoutTagsAreFine() {
    var id = fixture.create("orders", new Tag("team", "data"));

    ok(fixture.service.removeTags(id, List.of("nothing", "here")));

    assertThat(fixture.stored(id).tags()).containsExactly(new Tag("team", "data"));
  }
}
