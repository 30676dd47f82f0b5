package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryLanguageParsingTest {

  @Test
  void aJsonPathStateInsideAJsonataMachineIsInvalid() {
    Parsed parsed =
        AslParser.parse(
            json(
                """
                {"QueryLanguage": "JSONata", "StartAt": "P",
                 "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true}}}
                """));

    assertThat(parsed)
        .isEqualTo(
            new Parsed.Invalid(
                List.of(
                    "SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to"
                        + " 'JSONata' for whole state machine at /States/P")));
  }

  @Test
  void aJsonataStateInsideAJsonPathMachineIsAllowed() {
    Parsed parsed =
        AslParser.parse(
            json(
                """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONata",
                  "End": true}, "Q": {"Type": "Pass", "End": true}}}
                """));

    StateMachine machine = ((Parsed.Valid) parsed).machine();
    assertThat(machine.dataflow("P").jsonata()).isTrue();
    assertThat(machine.dataflow("Q").jsonata()).isFalse();
  }

  @Test
  void statesOfABranchInheritTheMachinesQueryLanguage() {
    Parsed parsed =
        AslParser.parse(
            json(
                """
                {"QueryLanguage": "JSONata", "StartAt": "Par", "States": {"Par": {
                  "Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}
                """));

    State.Parallel parallel = (State.Parallel) ((Parsed.Valid) parsed).machine().state("Par");
    assertThat(parallel.branches().get(0).dataflow("B").jsonata()).isTrue();
  }

  @Test
  void aJsonataWaitTimestampIsNotCheckedAsATimestampWhenParsed() {
    Parsed parsed =
        AslParser.parse(
            json(
                """
                {"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
                  "Timestamp": "{% $states.input.at %}", "End": true}}}
                """));

    assertThat(parsed).isInstanceOf(Parsed.Valid.class);
  }

  @Test
  void aFieldOfTheOtherQueryLanguageIsInvalid() {
    Parsed parsed =
        AslParser.parse(
            json(
                """
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "Output": {}, "Next": "B"},
                  "B": {"Type": "Pass", "QueryLanguage": "JSONata", "ResultPath": "$.r",
                        "End": true}}}
                """));

    assertThat(((Parsed.Invalid) parsed).problems())
        .containsExactly(
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Output'"
                + " is only supported for the 'JSONata' QueryLanguage at /States/A",
            "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field"
                + " 'ResultPath' is only supported for the 'JSONPath' QueryLanguage at /States/B");
  }
}
