package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonataChoiceTest {
  private static final StateMachine MACHINE =
      machine(
          """
          {"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice",
            "Choices": [{"Condition": "{% $states.input.v >= $limit %}", "Next": "Big",
                         "Assign": {"size": "big"}, "Output": {"v": "{% $states.input.v %}"}},
                        {"Condition": "{% $states.input.flag %}", "Next": "Big"}],
            "Default": "Small", "Assign": {"size": "small"}},
           "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}}}
          """);

  @Test
  void theFirstTrueConditionDecidesAndSuppliesAssignAndOutput() {
    Step step =
        Interpreter.next(MACHINE, "C", json("{\"v\": 5, \"w\": 0}"), context("{\"limit\": 3}"));

    assertThat(step)
        .isEqualTo(
            new Step.Next("Big", json("{\"v\":5}"), (ObjectNode) json("{\"size\":\"big\"}")));
  }

  @Test
  void theDefaultTakesTheStatesAssignAndPassesTheInputOn() {
    Step step =
        Interpreter.next(
            MACHINE, "C", json("{\"v\": 1, \"flag\": false}"), context("{\"limit\": 3}"));

    assertThat(step)
        .isEqualTo(
            new Step.Next(
                "Small",
                json("{\"v\":1,\"flag\":false}"),
                (ObjectNode) json("{\"size\":\"small\"}")));
  }

  @Test
  void aConditionThatIsNotABooleanIsAQueryEvaluationError() {
    Step step =
        Interpreter.next(
            MACHINE, "C", json("{\"v\": 1, \"flag\": \"yes\"}"), context("{\"limit\": 3}"));

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'C' (entered at the event id #2)."
                    + " The JSONata expression '$states.input.flag' specified for the field"
                    + " 'Choices[1]/Condition' returned an unexpected result type. Expected"
                    + " 'boolean', but was 'string' for value: \"yes\""));
  }
}
