package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletePipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void marksThePipelineDeletedAndDropsItsRunObjects() {
    var id = fixture.create("orders");
    var current = fixture.stored(id);
    var instance = RunObjects.instance(id, "Echo", "2026-11-20T22:15:00", "RUNNING");
    fixture.catalog.commit(
        new PipelineChange(
            PipelineRecords.withTags(current, List.of()),
            current.revision(),
            List.of(instance),
            false,
            List.of()));
    assertThat(fixture.catalog.runObjects(id)).hasSize(1);

    ok(fixture.service.deletePipeline(id));

    assertThat(fixture.stored(id).deleted()).isTrue();
    assertThat(fixture.catalog.runObjects(id)).isEmpty();
  }

  @Test
  void aDeletedPipelineIsLeftOutOfTheList() {
    var kept = fixture.create("kept");
    ok(fixture.service.deletePipeline(fixture.create("gone")));

    var listed = ok(fixture.service.listPipelines(null)).pipelines();

    assertThat(listed).extracting(s -> s.id()).containsExactly(kept);
  }

  @Test
  void deletingItAgainIsPipelineNotFound() {
    var id = fixture.create("orders");
    ok(fixture.service.deletePipeline(id));

    var failure = failure(fixture.service.deletePipeline(id));

    assertThat(failure.code()).isEqualTo("PipelineNotFoundException");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message()).isEqualTo("Pipeline with id: " + id + " does not exist");
  }

  @Test
  void deletingAnUnknownPipelineIsPipelineNotFound() {
    var failure = failure(fixture.service.deletePipeline("df-00000000000000000000"));

    assertThat(failure.code()).isEqualTo("PipelineNotFoundException");
  }
}
