package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ObjectMessages;
import org.junit.jupiter.api.Test;

/** PutPipelineDefinition with the real {@code DefinitionCheck}. */
class PutPipelineDefinitionTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void storesAValidDefinitionAsVersionOne() {
    var id = fixture.create("orders");

    var report = ok(fixture.service.putPipelineDefinition(id, Definitions.onDemandEcho()));

    assertThat(report.errored()).isFalse();
    var stored = fixture.stored(id);
    assertThat(stored.latestVersion()).isEqualTo(1);
    assertThat(stored.latest()).isEqualTo(Definitions.onDemandEcho());
    assertThat(stored.latestReport()).isEqualTo(report);
  }

  @Test
  void everyPutIsTheNextVersion() {
    var id = fixture.create("orders");
    ok(fixture.service.putPipelineDefinition(id, Definitions.withErrors()));

    ok(fixture.service.putPipelineDefinition(id, Definitions.onDemandEcho()));

    assertThat(fixture.stored(id).latestVersion()).isEqualTo(2);
    assertThat(fixture.stored(id).latest()).isEqualTo(Definitions.onDemandEcho());
  }

  @Test
  void storesADefinitionWithValidationErrorsAndReportsThem() {
    var id = fixture.create("orders");

    var report = ok(fixture.service.putPipelineDefinition(id, Definitions.withErrors()));

    assertThat(report.errored()).isTrue();
    assertThat(report.errors()).extracting(ObjectMessages::id).contains("Broken");
    assertThat(fixture.stored(id).latestVersion()).isEqualTo(1);
    assertThat(fixture.stored(id).latestReport().errored()).isTrue();
  }

  @Test
  void aDefinitionRefusedOutrightStoresNothing() {
    var id = fixture.create("orders");

    var failure = failure(fixture.service.putPipelineDefinition(id, Definitions.refused()));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.stored(id).latestVersion()).isZero();
    assertThat(fixture.stored(id).revision()).isZero();
  }

  @Test
  void aStoredDefinitionWithErrorsCannotBeActivated() {
    var id = fixture.create("orders");
    ok(fixture.service.putPipelineDefinition(id, Definitions.withErrors()));

    var failure = failure(fixture.service.activatePipeline(id, null, null));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @Test
  void requiresTheDefinition() {
    var id = fixture.create("orders");

    var failure = failure(fixture.service.putPipelineDefinition(id, null));

    assertThat(failure.message()).contains("'pipelineObjects'");
  }
}
