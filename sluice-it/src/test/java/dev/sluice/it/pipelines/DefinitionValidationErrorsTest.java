package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refusesWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.PutPipelineDefinitionResponse;
import software.amazon.awssdk.services.datapipeline.model.ValidationError;

/**
 * A definition with validation errors is stored as the latest version, reported per object ({@code
 * errored}, {@code validationErrors} with AWS's codes and messages) and cannot be activated:
 * unknown types, references to missing objects, dependency cycles, bad expressions and values of
 * the wrong type (Integer, Period, DateTime, enumerations).
 */
@ExtendWith(SluiceExtension.class)
class DefinitionValidationErrorsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void anUnknownObjectTypeIsReportedOnItsObject() {
    var errors = errorsOf(Component.onDemandDefault(), Component.of("Odd", "NoSuchActivity"));

    assertThat(errors)
        .containsExactly(
            Map.entry(
                "Odd",
                List.of("INVALID_OBJECT_TYPE:  'NoSuchActivity' is not a valid object type.")));
  }

  @Test
  void aReferenceToAMissingObjectIsReported() {
    var errors = errorsOf(Component.onDemandDefault(), Component.shell("Work", "true", "Nowhere"));

    assertThat(errors)
        .containsExactly(
            Map.entry(
                "Work",
                List.of(
                    "INVALID_REFERENCE:  'runsOn' refers to object 'Nowhere', which does not"
                        + " exist.")));
  }

  @Test
  void aReferenceToAnObjectOfTheWrongTypeIsReported() {
    var errors =
        errorsOf(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Work", "true", "Machine").ref("input", "Machine"));

    assertThat(errors.get("Work"))
        .containsExactly(
            "INVALID_REFERENCE:  'input' must refer to an object of type S3DataNode, but 'Machine'"
                + " is of type 'Ec2Resource'.");
  }

  @Test
  void aDependencyCycleIsReportedOnEveryObjectInIt() {
    var errors =
        errorsOf(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("A", "true", "Machine").ref("dependsOn", "C"),
            Component.shell("B", "true", "Machine").ref("dependsOn", "A"),
            Component.shell("C", "true", "Machine").ref("dependsOn", "B"));

    assertThat(errors)
        .containsOnlyKeys("A", "B", "C")
        .containsEntry(
            "A", List.of("CYCLIC_DEPENDENCY:  the object depends on itself: A -> C -> B -> A."))
        .containsEntry(
            "B", List.of("CYCLIC_DEPENDENCY:  the object depends on itself: B -> A -> C -> B."));
  }

  @Test
  void expressionsThatAreNotClosedEmptyOrNameNothingAreReported() {
    var errors =
        errorsOf(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Unclosed", "echo #{@scheduledStartTime", "Machine"),
            Component.shell("Empty", "echo #{}", "Machine"),
            Component.shell("Unknown", "echo #{myMissing}", "Machine"));

    assertThat(errors)
        .containsEntry(
            "Unclosed",
            List.of(
                "INVALID_EXPRESSION:  'command' value has an expression without its closing '}'."))
        .containsEntry(
            "Empty", List.of("INVALID_EXPRESSION:  'command' value has an empty expression '#{}'."))
        .containsEntry(
            "Unknown",
            List.of(
                "INVALID_EXPRESSION:  'command' refers to 'myMissing', which is neither a"
                    + " parameter nor a field of this object."));
  }

  @Test
  void valuesOfTheWrongTypeAreReportedFieldByField() {
    var errors =
        errorsOf(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Work", "true", "Machine")
                .with("maximumRetries", "three")
                .with("retryDelay", "soon")
                .with("failureAndRerunMode", "sometimes")
                .with("stage", "maybe"),
            Component.of("Daily", "Schedule")
                .with("period", "1 day")
                .with("startDateTime", "tomorrow")
                .with("occurrences", "-1"));

    assertThat(errors.get("Work"))
        .containsExactlyInAnyOrder(
            "INVALID_FIELD_VALUE:  'maximumRetries' value must be a non-negative integer value.",
            "INVALID_FIELD_VALUE:  'retryDelay' value must be a period value such as '15 minutes'.",
            "INVALID_FIELD_VALUE:  'failureAndRerunMode' value must be one of: cascade, none.",
            "INVALID_FIELD_VALUE:  'stage' value must be true or false.");
    assertThat(errors.get("Daily"))
        .containsExactlyInAnyOrder(
            "INVALID_FIELD_VALUE:  'startDateTime' value must be a literal datetime value.",
            "INVALID_FIELD_VALUE:  'occurrences' value must be a non-negative integer value.");
  }

  @Test
  void aShellActivityWithoutCommandOrScriptMissesARequiredField() {
    var errors =
        errorsOf(
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.of("Work", "ShellCommandActivity").ref("runsOn", "Machine"));

    assertThat(errors.get("Work"))
        .containsExactly("MISSING_REQUIRED_FIELD:  one of 'command' or 'scriptUri' is required.");
  }

  @Test
  void anErroredDefinitionIsStoredAsTheLatestButCannotBeActivated() {
    var id = pipelines.define("errored", Component.onDemandDefault(), Component.ec2("Machine"));
    client.activatePipeline(b -> b.pipelineId(id));
    var active = client.getPipelineDefinition(b -> b.pipelineId(id).version("active"));
    var broken = Component.all(Component.onDemandDefault(), Component.of("Odd", "NoSuchActivity"));

    var put = client.putPipelineDefinition(b -> b.pipelineId(id).pipelineObjects(broken));

    assertThat(put.errored()).isTrue();
    assertThat(client.getPipelineDefinition(b -> b.pipelineId(id)).pipelineObjects())
        .containsExactlyElementsOf(broken);
    refusesWith(
        () -> client.activatePipeline(b -> b.pipelineId(id)),
        "InvalidRequestException",
        "Pipeline definition has errors: Odd: INVALID_OBJECT_TYPE:  'NoSuchActivity' is not a"
            + " valid object type.");
    assertThat(
            client.getPipelineDefinition(b -> b.pipelineId(id).version("active")).pipelineObjects())
        .isEqualTo(active.pipelineObjects());
  }

  /** Puts the definition on a new pipeline; its validation errors by object id. */
  private static Map<String, List<String>> errorsOf(Component... objects) {
    var id = pipelines.create("validation-" + System.nanoTime());
    PutPipelineDefinitionResponse put =
        client.putPipelineDefinition(b -> b.pipelineId(id).pipelineObjects(Component.all(objects)));
    assertThat(put.errored()).isTrue();
    refusesWith(
        () -> client.activatePipeline(b -> b.pipelineId(id)),
        "InvalidRequestException",
        "Pipeline definition has errors: ");
    assertThat(pipelines.state(id)).isEqualTo("PENDING");
    return put.validationErrors().stream()
        .collect(
            Collectors.toMap(
                ValidationError::id,
                ValidationError::errors,
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }
}
