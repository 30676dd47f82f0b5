package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeactivatePipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void handsThePipelineAndCancelActiveToTheRuns() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());

    ok(fixture.service.deactivatePipeline(id, false));

    var calls = fixture.runs.calls("deactivate");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).pipelineId()).isEqualTo(id);
    assertThat(calls.get(0).arguments()).containsExactly(false);
  }
}
