package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * Definitions PutPipelineDefinition refuses outright (InvalidRequestException with AWS's "FATAL
 * errors" message, or the model's ValidationException): duplicate ids, empty values, fields with
 * both a string and a reference, more than 100 objects, objects without an id. The stored
 * definition and its version stay as they were.
 */
@ExtendWith(SluiceExtension.class)
class DefinitionRefusalsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void duplicateObjectIdsAreFatal() {
    assertRefusedAndUnchanged(
        List.of(
            Component.onDemandDefault().build(),
            Component.ec2("Machine").build(),
            Component.ec2("Machine").build()),
        "InvalidRequestException",
        fatal("the object id 'Machine' is used more than once"));
  }

  @Test
  void anEmptyStringValueIsFatal() {
    assertRefusedAndUnchanged(
        List.of(
            Component.onDemandDefault().build(),
            Component.ec2("Machine").with("myNote", "").build()),
        "InvalidRequestException",
        fatal("field 'myNote' of object 'Machine' has an empty value"));
  }

  @Test
  void aFieldWithBothAStringAndAReferenceIsFatal() {
    var both = Field.builder().key("runsOn").stringValue("Machine").refValue("Machine").build();
    var work =
        PipelineObject.builder()
            .id("Work")
            .name("Work")
            .fields(
                Field.builder().key("type").stringValue("ShellCommandActivity").build(),
                Field.builder().key("command").stringValue("true").build(),
                both)
            .build();

    assertRefusedAndUnchanged(
        List.of(Component.onDemandDefault().build(), Component.ec2("Machine").build(), work),
        "InvalidRequestException",
        fatal("field 'runsOn' of object 'Work' must have exactly one of stringValue or refValue"));
  }

  @Test
  void moreThanAHundredObjectsAreFatal() {
    var objects = new ArrayList<PipelineObject>();
    objects.add(Component.onDemandDefault().build());
    for (int i = 0; i < 100; i++) {
      objects.add(Component.ec2("Machine" + i).build());
    }

    assertRefusedAndUnchanged(
        objects,
        "InvalidRequestException",
        fatal("the definition has 101 objects (the limit is 100)"));
  }

  @Test
  void anObjectWithoutAnIdBreaksTheModel() {
    var nameless =
        PipelineObject.builder()
            .name("Machine")
            .fields(Field.builder().key("type").stringValue("Ec2Resource").build())
            .build();

    assertRefusedAndUnchanged(
        List.of(Component.onDemandDefault().build(), nameless),
        "ValidationException",
        "1 validation error detected: Value null at 'pipelineObjects.2.member.id' failed to"
            + " satisfy constraint: Member must not be null");
  }

  @Test
  void aDefinitionWithoutObjectsBreaksTheModel() {
    var id = pipelines.define("no-objects", Component.onDemandDefault());

    refuses(
        () -> client.putPipelineDefinition(b -> b.pipelineId(id)),
        "ValidationException",
        "1 validation error detected: Value null at 'pipelineObjects' failed to satisfy"
            + " constraint: Member must not be null");
    assertThat(pipelines.description(id)).containsEntry("@version", "1");
  }

  private static String fatal(String problem) {
    return "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
        + " errors: ["
        + problem
        + "] Please call Validate to validate your pipeline";
  }

  /** A pipeline with a valid definition refuses {@code objects}, and keeps its definition. */
  private static void assertRefusedAndUnchanged(
      List<PipelineObject> objects, String code, String message) {
    var id = pipelines.define("refusing-" + System.nanoTime(), Component.onDemandDefault());
    var before = client.getPipelineDefinition(b -> b.pipelineId(id)).pipelineObjects();

    ThrowingCallable put =
        () -> client.putPipelineDefinition(b -> b.pipelineId(id).pipelineObjects(objects));
    refuses(put, code, message);
    ThrowingCallable validate =
        () -> client.validatePipelineDefinition(b -> b.pipelineId(id).pipelineObjects(objects));
    refuses(validate, code, message);

    assertThat(client.getPipelineDefinition(b -> b.pipelineId(id)).pipelineObjects())
        .isEqualTo(before);
    assertThat(pipelines.description(id)).containsEntry("@version", "1");
  }
}
