package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonataAssignTest {
  private static final StateMachine SWAP =
      machine(
          """
          {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
            "Assign": {"a": "{% $b %}", "b": "{% $a %}", "in": "{% $states.input.n %}"},
            "Output": {"a": "{% $a %}"}, "Next": "N"}, "N": {"Type": "Succeed"}}}
          """);

  @Test
  void assignmentsAndOutputAllSeeTheVariablesFromBeforeTheState() {
    Step step = Interpreter.next(SWAP, "P", json("{\"n\": 3}"), context("{\"a\": 1, \"b\": 2}"));

    assertThat(step)
        .isEqualTo(
            new Step.Next("N", json("{\"a\":1}"), (ObjectNode) json("{\"a\":2,\"b\":1,\"in\":3}")));
  }

  @Test
  void anUndefinedAssignmentFailsNamingTheVariable() {
    Step step = Interpreter.next(SWAP, "P", json("{}"), context("{\"a\": 1, \"b\": 2}"));

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'P' (entered at the event id #2)."
                    + " The JSONata expression '$states.input.n' specified for the field"
                    + " 'Assign/in' returned nothing (undefined)."));
  }

  @Test
  void aTaskAssignsAndOutputsFromItsResultWhenItCompletes() {
    StateMachine machine =
        machine(
            """
            {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:r", "Arguments": {"x": "{% $states.input.x %}"},
              "Assign": {"kept": "{% $states.result.v %}"},
              "Output": {"both": "{% [$states.input.x, $states.result.v] %}"}, "End": true}}}
            """);

    Step invoke = Interpreter.next(machine, "T", json("{\"x\": 1}"), context("{}"));
    Step done =
        Interpreter.complete(machine, "T", json("{\"x\": 1}"), json("{\"v\": 2}"), context("{}"));

    assertThat(invoke).isEqualTo(new Step.Invoke("arn:r", json("{\"x\":1}")));
    assertThat(done)
        .isEqualTo(new Step.Succeeded(json("{\"both\":[1,2]}"), (ObjectNode) json("{\"kept\":2}")));
  }
}
