package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import org.junit.jupiter.api.Test;

class GetPipelineDefinitionTest {
  private final PipelineFixture fixture = new PipelineFixture();

  @Test
  void aPipelineWithoutADefinitionAnswersEmptyLists() {
    var id = fixture.create("orders");

    var definition = ok(fixture.service.getPipelineDefinition(id, null));

    assertThat(definition.objects()).isEmpty();
    assertThat(definition.parameterObjects()).isEmpty();
    assertThat(definition.parameterValues()).isEmpty();
  }

  @Test
  void answersTheLatestDefinitionByDefault() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());

    assertThat(ok(fixture.service.getPipelineDefinition(id, null)))
        .isEqualTo(Definitions.onDemandEcho());
    assertThat(ok(fixture.service.getPipelineDefinition(id, "latest")))
        .isEqualTo(Definitions.onDemandEcho());
  }

  @Test
  void theLatestIsAlsoADefinitionWithErrors() {
    var report =
        new ValidationReport(
            java.util.List.of(
                new dev.sluice.core.pipelines.ObjectMessages("Broken", java.util.List.of("bad"))),
            java.util.List.of());
    var id = fixture.withDefinition("orders", Definitions.withErrors(), report);

    assertThat(ok(fixture.service.getPipelineDefinition(id, "latest")))
        .isEqualTo(Definitions.withErrors());
  }

  @Test
  void answersTheActiveDefinitionOnceActivated() {
    var id = fixture.activated("orders", Definitions.onDemandEcho());
    fixture.change(
        id,
        p -> PipelineRecords.withLatest(p, PipelineDefinition.empty(), ValidationReport.clean()));

    assertThat(ok(fixture.service.getPipelineDefinition(id, "active")))
        .isEqualTo(Definitions.onDemandEcho());
    assertThat(ok(fixture.service.getPipelineDefinition(id, "latest")))
        .isEqualTo(PipelineDefinition.empty());
  }

  @Test
  void theActiveVersionOfAPipelineNeverActivatedIsInvalid() {
    var id = fixture.withDefinition("orders", Definitions.onDemandEcho(), ValidationReport.clean());

    var failure = failure(fixture.service.getPipelineDefinition(id, "active"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void anyOtherVersionIsInvalid() {
    var id = fixture.create("orders");

    var failure = failure(fixture.service.getPipelineDefinition(id, "2"));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("2");
  }
}
