package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ParameterValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter values: activation values over the definition's over the defaults. */
class ResolutionParametersTest {

  private static final String DEFINITION =
      """
      {"objects": [
        {"id": "Default", "scheduleType": "ondemand", "workerGroup": "wg"},
        {"id": "Copy", "type": "ShellCommandActivity",
         "command": "aws s3 cp #{myInput} #{myOutput} --page-size #{myPageSize}"}
       ],
       "parameters": [
        {"id": "myInput", "type": "AWS::S3::ObjectKey", "default": "s3://bucket/default-in/"},
        {"id": "myOutput", "type": "AWS::S3::ObjectKey", "default": "s3://bucket/default-out/"},
        {"id": "myPageSize", "type": "Integer", "default": "100"},
        {"id": "myTags", "isArray": "true", "optional": "true"},
        {"id": "myNote", "optional": "true"}
       ],
       "values": {"myOutput": "s3://bucket/definition-out/", "myPageSize": "200"}
      }""";

  private static ResolvedPipeline resolve(String activationValues) {
    var overrides = CliDefinitions.values("{\"values\": {" + activationValues + "}}");
    var result = ResolvedPipeline.resolve(CliDefinitions.parse(DEFINITION), overrides);
    assertThat(result.isOk()).as("%s", result).isTrue();
    return result.value();
  }

  @Test
  void usesTheDefaultWhenNothingElseIsGiven() {
    assertThat(resolve("").parameters())
        .containsEntry("myInput", List.of("s3://bucket/default-in/"));
  }

  @Test
  void prefersTheDefinitionsValueToTheDefault() {
    assertThat(resolve("").parameters())
        .containsEntry("myOutput", List.of("s3://bucket/definition-out/"))
        .containsEntry("myPageSize", List.of("200"));
  }

  @Test
  void prefersTheActivationValueToTheDefinitionsValue() {
    var parameters = resolve("\"myOutput\": \"s3://bucket/run-out/\"").parameters();

    assertThat(parameters).containsEntry("myOutput", List.of("s3://bucket/run-out/"));
    assertThat(parameters).containsEntry("myPageSize", List.of("200"));
  }

  @Test
  void keepsEveryValueOfAnArrayInOrder() {
    assertThat(resolve("\"myTags\": [\"b\", \"a\", \"c\"]").parameters())
        .containsEntry("myTags", List.of("b", "a", "c"));
  }

  @Test
  void listsAnOptionalParameterWithoutAValueAsEmpty() {
    assertThat(resolve("").parameters()).containsEntry("myNote", List.of());
  }

  @Test
  void leavesTheExpressionsInTheFieldsForTheEvaluator() {
    assertThat(resolve("").object("Copy").text("command"))
        .contains("aws s3 cp #{myInput} #{myOutput} --page-size #{myPageSize}");
  }

  @Test
  void refusesAnActivationValueForAnUndeclaredParameter() {
    var result =
        ResolvedPipeline.resolve(
            CliDefinitions.parse(DEFINITION), List.of(new ParameterValue("myOther", "x")));

    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
    assertThat(result.failure().message())
        .isEqualTo(
            "Parameter values have errors: [the parameter value 'myOther' has no parameter object]");
  }

  @Test
  void refusesAnActivationValueOfTheWrongType() {
    var result =
        ResolvedPipeline.resolve(
            CliDefinitions.parse(DEFINITION), List.of(new ParameterValue("myPageSize", "lots")));

    assertThat(result.failure().message())
        .isEqualTo(
            "Parameter values have errors: [parameter 'myPageSize': INVALID_PARAMETER_VALUE: "
                + " 'lots' is not a valid Integer value.]");
  }

  @Test
  void refusesARequiredParameterWithoutAnyValue() {
    var definition = DEFINITION.replace(", \"default\": \"s3://bucket/default-in/\"", "");

    var result = ResolvedPipeline.resolve(CliDefinitions.parse(definition), List.of());

    assertThat(result.failure().message())
        .contains("the parameter 'myInput' has no value and is not optional");
  }

  @Test
  void acceptsTheMissingRequiredValueWhenTheActivationGivesIt() {
    var definition = DEFINITION.replace(", \"default\": \"s3://bucket/default-in/\"", "");

    var result =
        ResolvedPipeline.resolve(
            CliDefinitions.parse(definition), List.of(new ParameterValue("myInput", "s3://b/in/")));

    assertThat(result.value().parameters()).containsEntry("myInput", List.of("s3://b/in/"));
  }
}
