package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.GetPipelineDefinitionResponse;
import software.amazon.awssdk.services.datapipeline.model.ParameterAttribute;
import software.amazon.awssdk.services.datapipeline.model.ParameterObject;
import software.amazon.awssdk.services.datapipeline.model.ParameterValue;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * PutPipelineDefinition stores the latest version, ActivatePipeline makes it the active one, and
 * GetPipelineDefinition answers either (objects, parameter objects and values as put);
 * ValidatePipelineDefinition checks without storing anything.
 */
@ExtendWith(SluiceExtension.class)
class DefinitionVersionsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void getAnswersTheLatestDefinitionAsPutWithItsParameters() {
    var id = pipelines.create("round-trip");
    var objects =
        Component.all(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Greet", "echo #{myGreeting}", "Machine"));
    var parameter =
        ParameterObject.builder()
            .id("myGreeting")
            .attributes(
                ParameterAttribute.builder().key("type").stringValue("String").build(),
                ParameterAttribute.builder().key("default").stringValue("hi").build())
            .build();
    var value = ParameterValue.builder().id("myGreeting").stringValue("hello").build();
    client.putPipelineDefinition(
        b ->
            b.pipelineId(id)
                .pipelineObjects(objects)
                .parameterObjects(parameter)
                .parameterValues(value));

    var latest = client.getPipelineDefinition(b -> b.pipelineId(id));

    assertThat(latest.pipelineObjects()).containsExactlyElementsOf(objects);
    assertThat(latest.parameterObjects()).containsExactly(parameter);
    assertThat(latest.parameterValues()).containsExactly(value);
    var named = client.getPipelineDefinition(b -> b.pipelineId(id).version("latest"));
    assertThat(named.pipelineObjects()).isEqualTo(latest.pipelineObjects());
    assertThat(named.parameterObjects()).isEqualTo(latest.parameterObjects());
    assertThat(named.parameterValues()).isEqualTo(latest.parameterValues());
  }

  @Test
  void aPipelineWithoutADefinitionAnswersAnEmptyOne() {
    var id = pipelines.create("empty");

    var definition = client.getPipelineDefinition(b -> b.pipelineId(id));

    assertThat(definition.pipelineObjects()).isEmpty();
    assertThat(definition.parameterObjects()).isEmpty();
    assertThat(definition.parameterValues()).isEmpty();
  }

  @Test
  void theActiveVersionStaysWhatWasActivatedWhileTheLatestMovesOn() {
    var id = pipelines.create("two-versions");
    var first = List.of(Component.onDemandDefault(), Component.ec2("Note").with("myText", "one"));
    var second = List.of(Component.onDemandDefault(), Component.ec2("Note").with("myText", "two"));
    pipelines.put(id, first.toArray(Component[]::new));
    client.activatePipeline(b -> b.pipelineId(id));
    pipelines.put(id, second.toArray(Component[]::new));

    assertThat(objects(client.getPipelineDefinition(b -> b.pipelineId(id).version("active"))))
        .containsExactlyElementsOf(built(first));
    assertThat(objects(client.getPipelineDefinition(b -> b.pipelineId(id).version("latest"))))
        .containsExactlyElementsOf(built(second));
    assertThat(pipelines.description(id)).containsEntry("@version", "2");
  }

  @Test
  void aPipelineNeverActivatedHasNoActiveVersion() {
    var id = pipelines.define("inactive", Component.onDemandDefault());

    refuses(
        () -> client.getPipelineDefinition(b -> b.pipelineId(id).version("active")),
        "InvalidRequestException",
        "Pipeline " + id + " does not have an active pipeline definition");
  }

  @Test
  void aVersionOtherThanLatestOrActiveIsRefused() {
    var id = pipelines.define("versioned", Component.onDemandDefault());

    refuses(
        () -> client.getPipelineDefinition(b -> b.pipelineId(id).version("previous")),
        "InvalidRequestException",
        "Invalid version: previous. Valid values are latest and active");
  }

  @Test
  void validateReportsProblemsWithoutStoringTheDefinition() {
    var id = pipelines.define("validated", Component.onDemandDefault());
    var stored = client.getPipelineDefinition(b -> b.pipelineId(id)).pipelineObjects();

    var report =
        client.validatePipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(
                        Component.all(
                            Component.onDemandDefault(), Component.of("Odd", "NoSuchThing"))));
    var clean =
        client.validatePipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(
                        Component.all(Component.onDemandDefault(), Component.ec2("Machine"))));

    assertThat(report.errored()).isTrue();
    assertThat(report.validationErrors()).hasSize(1);
    assertThat(report.validationErrors().get(0).id()).isEqualTo("Odd");
    assertThat(report.validationErrors().get(0).errors())
        .containsExactly("INVALID_OBJECT_TYPE:  'NoSuchThing' is not a valid object type.");
    assertThat(clean.errored()).isFalse();
    assertThat(clean.validationErrors()).isEmpty();
    assertThat(client.getPipelineDefinition(b -> b.pipelineId(id)).pipelineObjects())
        .isEqualTo(stored);
    assertThat(pipelines.description(id)).containsEntry("@version", "1");
  }

  private static List<PipelineObject> objects(GetPipelineDefinitionResponse response) {
    return response.pipelineObjects();
  }

  private static List<PipelineObject> built(List<Component> components) {
    return components.stream().map(Component::build).toList();
  }
}
