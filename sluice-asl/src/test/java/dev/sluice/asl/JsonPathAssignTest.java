package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonPathAssignTest {

  @Test
  void aPassAssignsFromItsResultAndLeavesItsOutputAlone() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"answer": 42},
              "ResultPath": "$.r", "Assign": {"theAnswer.$": "$.answer", "constant": "$.literal",
              "formatted.$": "States.Format('v{}', $.answer)"}, "Next": "N"},
             "N": {"Type": "Succeed"}}}
            """);

    Step step = Interpreter.next(machine, "P", json("{}"), context("{}"));

    assertThat(step)
        .isEqualTo(
            new Step.Next(
                "N",
                json("{\"r\":{\"answer\":42}}"),
                (ObjectNode)
                    json("{\"theAnswer\":42,\"constant\":\"$.literal\",\"formatted\":\"v42\"}")));
  }

  @Test
  void everyAssignmentSeesTheVariablesFromBeforeTheState() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "OutputPath": "$x",
              "Assign": {"x": 2, "old.$": "$x"}, "End": true}}}
            """);

    Step step = Interpreter.next(machine, "P", json("{}"), context("{\"x\": 1}"));

    assertThat(step)
        .isEqualTo(new Step.Succeeded(json("1"), (ObjectNode) json("{\"x\":2,\"old\":1}")));
  }

  @Test
  void aChoiceTakesTheMatchingRulesAssignElseTheStatesOwn() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "C", "States": {"C": {"Type": "Choice",
              "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Assign": {"s": "one"}, "Next": "E"}],
              "Assign": {"s": "other", "n.$": "$.n"}, "Default": "E"},
             "E": {"Type": "Succeed"}}}
            """);

    Step one = Interpreter.next(machine, "C", json("{\"n\":1}"), context("{}"));
    Step two = Interpreter.next(machine, "C", json("{\"n\":2}"), context("{}"));

    assertThat(((Step.Next) one).assigned()).isEqualTo(json("{\"s\":\"one\"}"));
    assertThat(((Step.Next) two).assigned()).isEqualTo(json("{\"s\":\"other\",\"n\":2}"));
  }

  @Test
  void aTaskAssignsFromItsSelectedResultWhenItCompletes() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:r",
              "ResultSelector": {"v.$": "$.raw"}, "Assign": {"got.$": "$.v"}, "End": true}}}
            """);

    Step step = Interpreter.complete(machine, "T", json("{}"), json("{\"raw\":7}"), context("{}"));

    assertThat(step)
        .isEqualTo(new Step.Succeeded(json("{\"v\":7}"), (ObjectNode) json("{\"got\":7}")));
  }

  @Test
  void aWaitCarriesItsAssignmentsToTheStepAfterTheWait() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 1,
              "Assign": {"waited": true}, "End": true}}}
            """);

    Step step = Interpreter.next(machine, "W", json("{}"), context("{}"));

    assertThat(((Step.Succeeded) ((Step.WaitFor) step).then()).assigned())
        .isEqualTo(json("{\"waited\":true}"));
  }
}
