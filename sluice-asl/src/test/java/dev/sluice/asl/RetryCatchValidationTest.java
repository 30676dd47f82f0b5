package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryCatchValidationTest {

  private static String problems(String fields) {
    Parsed parsed =
        AslParser.parse(
            json(
                "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:"
                    + "lambda:us-east-1:111111111111:function:f\",\"End\":true,"
                    + fields
                    + "},\"H\":{\"Type\":\"Pass\",\"End\":true}}}"));
    return parsed instanceof Parsed.Invalid invalid ? invalid.message() : "valid";
  }

  @Test
  void rejectsStatesAllThatIsNotInTheLastRetrier() {
    assertThat(problems("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]},{\"ErrorEquals\":[\"E\"]}]"))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: States.ALL must appear"
                + " alone and at end of list at /States/T/Retry[0]/ErrorEquals[0]'");
  }

  @Test
  void rejectsStatesAllBesideAnotherErrorInACatcher() {
    assertThat(problems("\"Catch\":[{\"ErrorEquals\":[\"E\",\"States.ALL\"],\"Next\":\"H\"}]"))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: States.ALL must appear"
                + " alone and at end of list at /States/T/Catch[0]/ErrorEquals[1]'");
  }

  @Test
  void requiresErrorEqualsAndNextInACatcher() {
    assertThat(problems("\"Catch\":[{}]"))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are"
                + " required: [ErrorEquals] at /States/T/Catch[0], SCHEMA_VALIDATION_FAILED: These"
                + " fields are required: [Next] at /States/T/Catch[0]'");
  }

  @Test
  void rejectsABackoffRateBelowOne() {
    assertThat(problems("\"Retry\":[{\"ErrorEquals\":[\"E\"],\"BackoffRate\":0.5}]"))
        .contains("at /States/T/Retry[0]/BackoffRate");
  }

  @Test
  void rejectsAnUnknownJitterStrategy() {
    assertThat(problems("\"Retry\":[{\"ErrorEquals\":[\"E\"],\"JitterStrategy\":\"HALF\"}]"))
        .isEqualTo(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Value is not a valid"
                + " enum value: \"HALF\" at /States/T/Retry[0]/JitterStrategy'");
  }

  @Test
  void acceptsStatesAllAloneInTheLastRetrierAndCatcher() {
    assertThat(
            problems(
                "\"Retry\":[{\"ErrorEquals\":[\"E\"]},{\"ErrorEquals\":[\"States.ALL\"]}],"
                    + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"H\"}]"))
        .isEqualTo("valid");
  }
}
