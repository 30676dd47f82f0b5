package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;

/**
 * ActivatePipeline refuses pipelines it cannot run: without a definition, with a definition that
 * has validation errors, unknown or deleted ones. A refused activation leaves the pipeline PENDING
 * and never activated.
 */
@ExtendWith(SluiceExtension.class)
class ActivationRefusalsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void aPipelineWithoutADefinitionCannotBeActivated() {
    var id = pipelines.create("undefined");

    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id)),
        "InvalidRequestException",
        "Pipeline " + id + " does not have a pipeline definition");
    assertNeverActivated(id);
  }

  @Test
  void aDefinitionWithErrorsCannotBeActivated() {
    var id = pipelines.create("broken");
    client.putPipelineDefinition(
        b ->
            b.pipelineId(id)
                .pipelineObjects(
                    Component.all(
                        Component.onDemandDefault(),
                        Component.shell("Work", "true", "Nowhere"),
                        Component.of("Odd", "Gizmo"))));

    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id)),
        "InvalidRequestException",
        "Pipeline definition has errors: Work: INVALID_REFERENCE:  'runsOn' refers to object"
            + " 'Nowhere', which does not exist.; Odd: INVALID_OBJECT_TYPE:  'Gizmo' is not a"
            + " valid object type.");
    assertNeverActivated(id);
  }

  @Test
  void aDefinitionFixedAfterErrorsCanBeActivated() {
    var id = pipelines.create("fixed");
    client.putPipelineDefinition(
        b ->
            b.pipelineId(id)
                .pipelineObjects(
                    Component.all(Component.onDemandDefault(), Component.of("Odd", "Gizmo"))));
    pipelines.put(id, Component.onDemandDefault(), Component.ec2("Machine"));

    client.activatePipeline(b -> b.pipelineId(id));

    assertThat(pipelines.description(id)).containsKey("@firstActivationTime");
  }

  @Test
  void unknownAndDeletedPipelinesCannotBeActivated() {
    var id = pipelines.define("gone", Component.onDemandDefault());
    client.deletePipeline(b -> b.pipelineId(id));

    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id)),
        "PipelineDeletedException",
        "Pipeline with id: " + id + " is deleted");
    refuses(
        () -> client.activatePipeline(b -> b.pipelineId("df-NEVERCREATED0000000")),
        "PipelineNotFoundException",
        "Pipeline with id: df-NEVERCREATED0000000 does not exist");
  }

  private static void assertNeverActivated(String id) {
    var description = pipelines.description(id);
    assertThat(description).containsEntry("@pipelineState", "PENDING");
    assertThat(description).doesNotContainKey("@firstActivationTime");
    assertThat(pipelines.ids(id, "INSTANCE")).isEmpty();
  }
}
