package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ValidationReport;
import org.junit.jupiter.api.Test;

class RerunPipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void aPipelineNeverActivatedCannotBeRerun() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());

    var failure = failure(fixture.service.rerunPipeline(id));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).isEqualTo("Pipeline " + id + " has never been activated");
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @Test
  void aFinishedPipelineIsHandedToTheRuns() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());
    fixture.change(id, PipelineFixture.inState("FINISHED"));

    ok(fixture.service.rerunPipeline(id));

    assertThat(fixture.runs.calls("rerun")).hasSize(1);
    assertThat(fixture.runs.calls("rerun").get(0).pipelineId()).isEqualTo(id);
  }
}
