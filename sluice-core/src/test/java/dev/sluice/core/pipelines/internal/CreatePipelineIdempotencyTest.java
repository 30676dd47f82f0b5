package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatePipelineIdempotencyTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void theSameNameAndUniqueIdAnswerTheExistingPipeline() {
    var first = create("orders", "token-1", "first");
    var again = create("orders", "token-1", "first");

    assertThat(again).isEqualTo(first);
    assertThat(ok(fixture.service.listPipelines(null)).pipelines()).hasSize(1);
  }

  @Test
  void aRepeatedCreateChangesNothingOfTheExistingPipeline() {
    var first = create("orders", "token-1", "first");
    create("orders", "token-1", "second");

    assertThat(fixture.stored(first).description()).isEqualTo("first");
    assertThat(fixture.stored(first).revision()).isZero();
  }

  @Test
  void theSameUniqueIdWithAnotherNameIsAnotherPipeline() {
    var first = create("orders", "token-1", null);
    var second = create("invoices", "token-1", null);

    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void theSameNameWithAnotherUniqueIdIsAnotherPipeline() {
    var first = create("orders", "token-1", null);
    var second = create("orders", "token-2", null);

    assertThat(second).isNotEqualTo(first);
    assertThat(ok(fixture.service.listPipelines(null)).pipelines()).hasSize(2);
  }

  @Test
  void afterDeletionTheSameNameAndUniqueIdCreateANewPipeline() {
    var first = create("orders", "token-1", null);
    ok(fixture.service.deletePipeline(first));

    var second = create("orders", "token-1", null);

    assertThat(second).isNotEqualTo(first);
    assertThat(fixture.stored(second).deleted()).isFalse();
  }

  private String create(String name, String uniqueId, String description) {
    return ok(
        fixture.service.createPipeline(
            new CreatePipelineInput(
                name, uniqueId, description, List.of(new Tag("k", "v")), PipelineFixture.ACCOUNT)));
  }
}
