package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fields an object sets: known names, user-defined names, values of the right kind. */
class FieldNameValidationTest {

  private static String shell(String extra) {
    return onDemand(
        """
        {"id": "Hello", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
         "command": "echo hello" %s}"""
            .formatted(extra));
  }

  @Test
  void reportsAFieldTheTypeDoesNotHave() {
    assertThat(errors(shell(", \"comand\": \"echo\""), "Hello"))
        .containsExactly(
            "INVALID_FIELD_NAME:  'comand' is not a valid field for objects of type"
                + " 'ShellCommandActivity'; user-defined field names start with 'my'.");
  }

  @Test
  void acceptsUserDefinedFieldsStartingWithMyAndACapitalOrUnderscore() {
    var json = shell(", \"myGreeting\": \"hello\", \"my_target\": {\"ref\": \"Ec2\"}");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void reportsAFieldStartingWithMyFollowedByALowerCaseLetter() {
    assertThat(errors(shell(", \"mygreeting\": \"hello\""), "Hello"))
        .singleElement()
        .asString()
        .startsWith("INVALID_FIELD_NAME:  'mygreeting' is not a valid field");
  }

  @Test
  void reportsARuntimeFieldSetInTheDefinition() {
    assertThat(errors(shell(", \"@status\": \"FINISHED\""), "Hello"))
        .containsExactly(
            "INVALID_FIELD_NAME:  '@status' is a runtime field and cannot be set in a pipeline"
                + " definition.");
  }

  @Test
  void reportsRunsOnOnAResource() {
    var json =
        onDemand("{\"id\": \"Cluster\", \"type\": \"EmrCluster\", \"runsOn\": {\"ref\": \"Ec2\"}}");

    assertThat(errors(json, "Cluster"))
        .containsExactly(
            "INVALID_FIELD_NAME:  'runsOn' is not allowed on objects of type 'EmrCluster'.");
  }

  @Test
  void reportsASecondValueOfAFieldThatDoesNotRepeat() {
    assertThat(errors(shell(", \"stdout\": [\"s3://b/one\", \"s3://b/two\"]"), "Hello"))
        .containsExactly("INVALID_FIELD_VALUE:  'stdout' cannot have more than one value.");
  }

  @Test
  void acceptsSeveralValuesOfARepeatedField() {
    assertThat(errors(shell(", \"scriptArgument\": [\"a\", \"b\", \"c\"]"), "Hello")).isEmpty();
  }

  @Test
  void reportsAStringWhereAReferenceBelongs() {
    var json =
        onDemand(
            "{\"id\": \"Hello\", \"type\": \"ShellCommandActivity\", \"runsOn\": \"Ec2\","
                + " \"command\": \"echo\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly(
            "INVALID_FIELD_VALUE:  'runsOn' value must be a reference to another object.");
  }

  @Test
  void reportsAReferenceWhereAStringBelongs() {
    assertThat(errors(shell(", \"stdout\": {\"ref\": \"Ec2\"}"), "Hello"))
        .containsExactly("INVALID_FIELD_VALUE:  'stdout' value must be a string, not a reference.");
  }

  @Test
  void acceptsOnDefaultAnyFieldOfAnyType() {
    var json =
        onDemand(
                """
            {"id": "Hello", "type": "ShellCommandActivity", "command": "echo"}""")
            .replace(
                "\"scheduleType\": \"ondemand\",",
                "\"scheduleType\": \"ondemand\", \"runsOn\": {\"ref\": \"Ec2\"}, \"maximumRetries\": \"3\", \"topicArn\": \"arn:aws:sns:us-east-1:000000000000:t\",");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void reportsOnDefaultAFieldNoTypeHas() {
    var json =
        onDemand("").replace("\"scheduleType\"", "\"sheduleType\": \"cron\", \"scheduleType\"");

    assertThat(errors(json, "Default"))
        .containsExactly(
            "INVALID_FIELD_NAME:  'sheduleType' is not a valid field; user-defined field names"
                + " start with 'my'.");
  }
}
