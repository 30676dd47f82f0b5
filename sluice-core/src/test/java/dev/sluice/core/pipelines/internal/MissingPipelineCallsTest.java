package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every call on a deleted pipeline is PipelineDeletedException; on an unknown one, not found. */
class MissingPipelineCallsTest {
  private final PipelineFixture fixture = new PipelineFixture();

  static Stream<Named<BiFunction<PipelineService, String, Result<?>>>> calls() {
    return Stream.of(
        call("describePipelines", (s, id) -> s.describePipelines(List.of(id))),
        call(
            "putPipelineDefinition",
            (s, id) -> s.putPipelineDefinition(id, Definitions.onDemandEcho())),
        call(
            "validatePipelineDefinition",
            (s, id) -> s.validatePipelineDefinition(id, PipelineDefinition.empty())),
        call("getPipelineDefinition", (s, id) -> s.getPipelineDefinition(id, null)),
        call("activatePipeline", (s, id) -> s.activatePipeline(id, List.of(), null)),
        call("deactivatePipeline", (s, id) -> s.deactivatePipeline(id, true)),
        call(
            "queryObjects",
            (s, id) -> s.queryObjects(new ObjectQueryInput(id, null, "INSTANCE", null, null))),
        call("describeObjects", (s, id) -> s.describeObjects(id, List.of("Default"), false, null)),
        call("evaluateExpression", (s, id) -> s.evaluateExpression(id, "Default", "#{1}")),
        call("setStatus", (s, id) -> s.setStatus(id, List.of("Default"), "PAUSE")),
        call("addTags", (s, id) -> s.addTags(id, List.of(new Tag("k", "v")))),
        call("removeTags", (s, id) -> s.removeTags(id, List.of("k"))),
        call("clonePipeline", (s, id) -> s.clonePipeline(id, "copy", null)),
        call("rerunPipeline", (s, id) -> s.rerunPipeline(id)));
  }

  @ParameterizedTest
  @MethodSource("calls")
  void aCallOnADeletedPipelineIsPipelineDeleted(
      BiFunction<PipelineService, String, Result<?>> call) {
    var id = fixture.create("orders");
    ok(fixture.service.deletePipeline(id));

    var failure = failure(call.apply(fixture.service, id));

    assertThat(failure.code()).isEqualTo("PipelineDeletedException");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message()).isEqualTo("Pipeline with id: " + id + " is deleted");
    assertThat(fixture.runs.calls()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("calls")
  void aCallOnAnUnknownPipelineIsPipelineNotFound(
      BiFunction<PipelineService, String, Result<?>> call) {
    var failure = failure(call.apply(fixture.service, "df-0000000000000EXAMPLE"));

    assertThat(failure.code()).isEqualTo("PipelineNotFoundException");
    assertThat(failure.message())
        .isEqualTo("Pipeline with id: df-0000000000000EXAMPLE does not exist");
  }

  private static Named<BiFunction<PipelineService, String, Result<?>>> call(
      String name, BiFunction<PipelineService, String, Result<?>> call) {
    return Named.of(name, call);
  }
}
