package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static dev.sluice.core.pipelines.expression.PipelineFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runtime fields ({@code @...}) come from the current instance of each component. */
class RuntimeFieldsTest {

  private final PipelineFixture fixture =
      pipeline()
          .object("Act", "ShellCommandActivity", "input", ref("In"), "stage", "false")
          .object("In", "S3DataNode", "directoryPath", "s3://in")
          .runtime(
              "Act",
              "@scheduledStartTime",
              "2026-11-20T22:15:00",
              "@actualStartTime",
              "2026-11-20T22:16:03",
              "@status",
              "RUNNING",
              "@pipelineId",
              "df-0123456789",
              "stage",
              "true")
          .runtime("In", "@scheduledStartTime", "2026-11-20T21:00:00");

  @Test
  void scheduledStartTimeRendersAsTheInstanceHasIt() {
    assertThat(fixture.render("Act", "#{@scheduledStartTime}")).isEqualTo("2026-11-20T22:15:00");
  }

  @Test
  void anyRuntimeFieldOfTheMapCanBeRead() {
    assertThat(fixture.render("Act", "#{@status} #{@pipelineId} #{@actualStartTime}"))
        .isEqualTo("RUNNING df-0123456789 2026-11-20T22:16:03");
  }

  @Test
  void runtimeFieldsAreDateTimesForFunctions() {
    assertThat(fixture.render("Act", "#{hour(@actualStartTime)}:#{minute(@actualStartTime)}"))
        .isEqualTo("22:16");
  }

  @Test
  void aRuntimeValueOverridesTheDefinitionsField() {
    assertThat(ok(fixture.scope("Act").rendered("stage"))).isEqualTo(Optional.of("true"));
    assertThat(ok(fixture.scope("Act").renderedAll("@status"))).isEqualTo(List.of("RUNNING"));
  }

  @Test
  void aReferencedObjectHasItsOwnRuntimeFields() {
    assertThat(fixture.render("Act", "#{input.@scheduledStartTime}"))
        .isEqualTo("2026-11-20T21:00:00");
  }

  @Test
  void aRuntimeFieldTheInstanceDoesNotHaveIsAFailure() {
    assertThat(fixture.failure("Act", "#{@actualEndTime}").message())
        .contains("#{@actualEndTime}")
        .contains("runtime field '@actualEndTime' is not available on object 'Act'");
  }

  @Test
  void runtimeFieldsNeverFallBackToParameters() {
    var withParameter = fixture.parameter("@actualEndTime", "never");
    assertThat(withParameter.failure("Act", "#{@actualEndTime}").message())
        .contains("not available");
  }
}
