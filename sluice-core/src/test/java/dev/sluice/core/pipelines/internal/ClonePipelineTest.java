package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * clonePipeline. The tests of sources with a definition validate it again with the real {@code
 * DefinitionCheck} (from the definitions branch: they fail while it is the skeleton).
 */
class ClonePipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void copiesTheLatestDefinitionTagsAndDescriptionIntoAPendingPipeline() {
    var source = fixture.activated("orders", Definitions.onDemandEcho());
    ok(fixture.service.addTags(source, List.of(new Tag("team", "data"))));

    var clone = ok(fixture.service.clonePipeline(source, "orders-copy", "copy-1"));

    var stored = fixture.stored(clone);
    assertThat(clone).isNotEqualTo(source).matches("df-[0-9A-Z]{20}");
    assertThat(stored.name()).isEqualTo("orders-copy");
    assertThat(stored.uniqueId()).isEqualTo("copy-1");
    assertThat(stored.state()).isEqualTo("PENDING");
    assertThat(stored.latest()).isEqualTo(Definitions.onDemandEcho());
    assertThat(stored.latestVersion()).isEqualTo(1);
    assertThat(stored.latestReport().errored()).isFalse();
    assertThat(stored.active()).isNull();
    assertThat(stored.tags()).containsExactly(new Tag("team", "data"));
  }

  @Test
  void theUniqueIdIsTheNameWhenNotGiven() {
    var source = fixture.create("orders");

    var clone = ok(fixture.service.clonePipeline(source, "orders-copy", null));

    assertThat(fixture.stored(clone).uniqueId()).isEqualTo("orders-copy");
  }

  @Test
  void aSourceWithoutDefinitionGivesAnEmptyClone() {
    var source =
        ok(
            fixture.service.createPipeline(
                new CreatePipelineInput("orders", "t", "described", List.of(), "111122223333")));

    var clone = ok(fixture.service.clonePipeline(source, "copy", null));

    var stored = fixture.stored(clone);
    assertThat(stored.latestVersion()).isZero();
    assertThat(stored.description()).isEqualTo("described");
    assertThat(stored.account()).isEqualTo("111122223333");
  }

  @Test
  void cloningAgainWithTheSameNameAndUniqueIdAnswersTheFirstClone() {
    var source = fixture.create("orders");

    var first = ok(fixture.service.clonePipeline(source, "copy", "c"));
    var again = ok(fixture.service.clonePipeline(source, "copy", "c"));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void requiresAName() {
    var source = fixture.create("orders");

    assertThat(failure(fixture.service.clonePipeline(source, null, null)).message())
        .contains("'name'");
  }
}
