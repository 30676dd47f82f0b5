package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetStatusTest {
  private final PipelineFixture fixture = new PipelineFixture();
  private String id;
  private String instance;

  @BeforeEach
  void activatedWithOneInstance() {
    id = fixture.activated("orders", Definitions.onDemandEcho());
    var run = RunObjects.instance(id, "Echo", "2026-11-20T22:16:00", "FAILED");
    fixture.runs.add(run, RunObjects.attempt(run, 1, "FAILED"));
    instance = run.id();
  }

  @Test
  void pausesComponents() {
    ok(fixture.service.setStatus(id, List.of("Echo"), "PAUSE"));

    var calls = fixture.runs.calls("setStatus");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).arguments()).containsExactly(List.of("Echo"), "PAUSE");
  }

  @Test
  void componentsOfTheActiveDefinitionCountAfterANewerPut() {
    fixture.change(
        id,
        p ->
            PipelineRecords.withLatest(
                p,
                dev.sluice.core.pipelines.PipelineDefinition.empty(),
                dev.sluice.core.pipelines.ValidationReport.clean()));

    ok(fixture.service.setStatus(id, List.of("Echo"), "RESUME"));

    assertThat(fixture.runs.calls("setStatus")).hasSize(1);
  }

  @Test
  void rerunsInstancesAndAttempts() {
    ok(fixture.service.setStatus(id, List.of(instance, instance + "_Attempt=1"), "RERUN"));

    assertThat(fixture.runs.calls("setStatus").get(0).arguments())
        .containsExactly(List.of(instance, instance + "_Attempt=1"), "RERUN");
  }

  @Test
  void awsTryCancelReachesTheRunsAsCancel() {
    ok(fixture.service.setStatus(id, List.of(instance), "TRY_CANCEL"));

    assertThat(fixture.runs.calls("setStatus").get(0).arguments())
        .containsExactly(List.of(instance), "CANCEL");
  }

  @Test
  void componentsCannotBeRerun() {
    var failure = failure(fixture.service.setStatus(id, List.of("Echo"), "RERUN"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.runs.calls("setStatus")).isEmpty();
  }

  @Test
  void instancesCannotBePaused() {
    var failure = failure(fixture.service.setStatus(id, List.of(instance), "PAUSE"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void componentsAndInstancesCannotBeMixed() {
    var failure = failure(fixture.service.setStatus(id, List.of("Echo", instance), "RERUN"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.runs.calls("setStatus")).isEmpty();
  }

  @Test
  void anObjectThatDoesNotExistIsInvalid() {
    var failure = failure(fixture.service.setStatus(id, List.of("@Nope_2026"), "RERUN"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("@Nope_2026");
  }

  @Test
  void theObjectsOfAFinishedPipelineKeepTheirStatus() {
    fixture.change(id, PipelineFixture.inState("FINISHED"));

    var failure = failure(fixture.service.setStatus(id, List.of(instance), "RERUN"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.runs.calls("setStatus")).isEmpty();
  }
}
