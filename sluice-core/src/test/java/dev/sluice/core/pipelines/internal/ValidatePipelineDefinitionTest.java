package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ValidatePipelineDefinition with the real {@code DefinitionCheck}. */
class ValidatePipelineDefinitionTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void reportsErrorsAndStoresNothing() {
    var id = fixture.create("orders");

    var report = ok(fixture.service.validatePipelineDefinition(id, Definitions.withErrors()));

    assertThat(report.errored()).isTrue();
    assertThat(fixture.stored(id).latestVersion()).isZero();
    assertThat(fixture.stored(id).revision()).isZero();
  }

  @Test
  void reportsAValidDefinitionAsNotErrored() {
    var id = fixture.create("orders");

    var report = ok(fixture.service.validatePipelineDefinition(id, Definitions.onDemandEcho()));

    assertThat(report.errored()).isFalse();
    assertThat(fixture.stored(id).latestVersion()).isZero();
  }

  @Test
  void answersTheRefusalOfADefinitionAwsRefuses() {
    var id = fixture.create("orders");

    var failure = failure(fixture.service.validatePipelineDefinition(id, Definitions.refused()));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }
}
