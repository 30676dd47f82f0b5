package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivatePipelineTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void aPipelineWithoutADefinitionCannotBeActivated() {
    var id = fixture.create("orders");

    var failure = failure(fixture.service.activatePipeline(id, List.of(), null));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains(id);
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @Test
  void aLatestDefinitionWithErrorsCannotBeActivated() {
    var report =
        new ValidationReport(
            List.of(new ObjectMessages("Broken", List.of("Missing required field: command"))),
            List.of());
    var id = fixture.withDefinition("orders", Definitions.withErrors(), report);

    var failure = failure(fixture.service.activatePipeline(id, List.of(), null));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message())
        .isEqualTo("Pipeline definition has errors: Broken: Missing required field: command");
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @Test
  void handsTheStoredPipelineValuesAndStartToTheRuns() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());
    var values = List.of(new ParameterValue("myGreeting", "bonjour"));
    var start = Instant.parse("2026-11-21T00:00:00Z");

    ok(fixture.service.activatePipeline(id, values, start));

    var calls = fixture.runs.calls("activate");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).pipelineId()).isEqualTo(id);
    assertThat(calls.get(0).arguments()).containsExactly(values, start);
  }

  @Test
  void withoutValuesTheRunsGetAnEmptyListAndNoStart() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());

    ok(fixture.service.activatePipeline(id, null, null));

    assertThat(fixture.runs.calls("activate").get(0).arguments()).containsExactly(List.of(), null);
  }

  @Test
  void aDefinitionWithOnlyWarningsCanBeActivated() {
    var warned =
        new ValidationReport(List.of(), List.of(new ObjectMessages("Echo", List.of("careful"))));
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), warned);

    ok(fixture.service.activatePipeline(id, null, null));

    assertThat(fixture.runs.calls("activate")).hasSize(1);
  }

  @Test
  void answersTheRunsFailure() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());
    var refused = Failure.of("InvalidRequestException", 400, "from the runner");
    fixture.runs.failWith(refused);

    assertThat(failure(fixture.service.activatePipeline(id, null, null))).isEqualTo(refused);
  }
}
