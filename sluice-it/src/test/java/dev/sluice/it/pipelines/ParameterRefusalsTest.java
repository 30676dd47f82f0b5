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
import software.amazon.awssdk.services.datapipeline.model.ParameterAttribute;
import software.amazon.awssdk.services.datapipeline.model.ParameterObject;
import software.amazon.awssdk.services.datapipeline.model.ParameterValue;
import software.amazon.awssdk.services.datapipeline.model.ValidationError;

/**
 * Parameters: values for parameters never declared are refused outright, values of the wrong type
 * or outside allowedValues are validation errors on the parameter, and ActivatePipeline refuses
 * parameter values that are undeclared or of the wrong type, leaving the pipeline PENDING.
 */
@ExtendWith(SluiceExtension.class)
class ParameterRefusalsTest {
  static Pipelines pipelines;
  static DataPipelineClient client;

  @BeforeAll
  static void connect(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
  }

  @Test
  void aValueForAnUndeclaredParameterIsFatalAndNothingIsStored() {
    var id = pipelines.define("undeclared", Component.onDemandDefault());

    refuses(
        () ->
            client.putPipelineDefinition(
                b ->
                    b.pipelineId(id)
                        .pipelineObjects(Component.all(Component.onDemandDefault()))
                        .parameterValues(value("myNope", "1"))),
        "InvalidRequestException",
        "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
            + " errors: [the parameter value 'myNope' has no parameter object] Please call"
            + " Validate to validate your pipeline");
    assertThat(client.getPipelineDefinition(b -> b.pipelineId(id)).parameterValues()).isEmpty();
    assertThat(pipelines.description(id)).containsEntry("@version", "1");
  }

  @Test
  void aParameterIdNotStartingWithMyIsFatal() {
    var id = pipelines.define("badly-named", Component.onDemandDefault());

    refuses(
        () ->
            client.putPipelineDefinition(
                b ->
                    b.pipelineId(id)
                        .pipelineObjects(Component.all(Component.onDemandDefault()))
                        .parameterObjects(parameter("count", "Integer"))),
        "InvalidRequestException",
        "Pipeline definition has errors: Could not save the pipeline definition due to FATAL"
            + " errors: [the parameter id 'count' does not start with 'my'] Please call Validate"
            + " to validate your pipeline");
    assertThat(client.getPipelineDefinition(b -> b.pipelineId(id)).parameterObjects()).isEmpty();
  }

  @Test
  void valuesOfTheWrongTypeOrNotAllowedAreErrorsOfTheirParameter() {
    var id = pipelines.create("typed");
    var allowed =
        ParameterObject.builder()
            .id("myColour")
            .attributes(
                attribute("type", "String"),
                attribute("allowedValues", "red"),
                attribute("allowedValues", "blue"))
            .build();

    var put =
        client.putPipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(
                        Component.all(
                            Component.onDemandDefault(),
                            Component.ec2("Machine"),
                            Component.shell(
                                "Work", "echo #{myCount} #{myColour} #{myRatio}", "Machine")))
                    .parameterObjects(
                        parameter("myCount", "Integer"), allowed, parameter("myRatio", "Float"))
                    .parameterValues(
                        value("myCount", "many"),
                        value("myColour", "green"),
                        value("myRatio", "1")));

    assertThat(put.errored()).isTrue();
    assertThat(put.validationErrors())
        .containsExactlyInAnyOrder(
            error("myCount", "INVALID_PARAMETER_VALUE:  'many' is not a valid Integer value."),
            error(
                "myColour",
                "INVALID_PARAMETER_VALUE:  'green' is not one of the allowed values: red, blue."),
            error(
                "myRatio",
                "INVALID_PARAMETER_TYPE:  'Float' is not a valid parameter type; valid types are"
                    + " String, Integer, Double and AWS::S3::ObjectKey."));
  }

  @Test
  void aParameterThatMakesATypedFieldWrongIsAnErrorOfTheField() {
    var id = pipelines.create("typed-field");

    var put =
        client.putPipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(
                        Component.all(
                            Component.onDemandDefault(),
                            Component.ec2("Machine"),
                            Component.shell("Work", "true", "Machine")
                                .with("maximumRetries", "#{myRetries}")))
                    .parameterObjects(parameter("myRetries", "String"))
                    .parameterValues(value("myRetries", "lots")));

    assertThat(put.validationErrors())
        .containsExactly(
            error(
                "Work",
                "INVALID_FIELD_VALUE:  'maximumRetries' value must be a non-negative integer"
                    + " value."));
  }

  @Test
  void activationRefusesValuesForUndeclaredParameters() {
    var id = counting("activate-undeclared");

    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id).parameterValues(value("myNope", "2"))),
        "InvalidRequestException",
        "Parameter values have errors: [the parameter value 'myNope' has no parameter object]");
    assertThat(pipelines.state(id)).isEqualTo("PENDING");
  }

  @Test
  void activationRefusesValuesOfTheWrongType() {
    var id = counting("activate-wrong-type");

    refuses(
        () -> client.activatePipeline(b -> b.pipelineId(id).parameterValues(value("myCount", "x"))),
        "InvalidRequestException",
        "Parameter values have errors: [parameter 'myCount': INVALID_PARAMETER_VALUE:  'x' is not"
            + " a valid Integer value.]");
    assertThat(pipelines.state(id)).isEqualTo("PENDING");
  }

  /** A pipeline with an Integer parameter myCount (default 1) its command uses. */
  private static String counting(String name) {
    var id = pipelines.create(name);
    var put =
        client.putPipelineDefinition(
            b ->
                b.pipelineId(id)
                    .pipelineObjects(
                        Component.all(
                            Component.onDemandDefault(),
                            Component.ec2("Machine"),
                            Component.shell("Work", "echo #{myCount}", "Machine")))
                    .parameterObjects(
                        ParameterObject.builder()
                            .id("myCount")
                            .attributes(attribute("type", "Integer"), attribute("default", "1"))
                            .build()));
    assertThat(put.errored()).isFalse();
    return id;
  }

  private static ParameterObject parameter(String id, String type) {
    return ParameterObject.builder().id(id).attributes(attribute("type", type)).build();
  }

  private static ParameterAttribute attribute(String key, String value) {
    return ParameterAttribute.builder().key(key).stringValue(value).build();
  }

  private static ParameterValue value(String id, String value) {
    return ParameterValue.builder().id(id).stringValue(value).build();
  }

  private static ValidationError error(String id, String message) {
    return ValidationError.builder().id(id).errors(List.of(message)).build();
  }
}
