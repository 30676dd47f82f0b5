package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariableReferenceTest {

  private static Step run(String state, String variables) {
    StateMachine machine = machine("{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}");
    return Interpreter.next(machine, "S", json("{\"a\": 1}"), context(variables));
  }

  @Test
  void parametersReadAVariableAndAMemberOfOne() {
    Step step =
        run(
            """
            {"Type": "Pass", "Parameters": {"whole.$": "$v", "member.$": "$v.list[1]",
              "input.$": "$.a"}, "End": true}
            """,
            "{\"v\": {\"list\": [10, 20]}}");

    assertThat(step)
        .isEqualTo(
            new Step.Succeeded(json("{\"whole\":{\"list\":[10,20]},\"member\":20,\"input\":1}")));
  }

  @Test
  void intrinsicFunctionsTakeVariablesAsArguments() {
    Step step =
        run(
            """
            {"Type": "Pass", "Parameters": {"sum.$": "States.MathAdd($x, $.a)"}, "End": true}
            """,
            "{\"x\": 41}");

    assertThat(((Step.Succeeded) step).output().toString()).isEqualTo("{\"sum\":42}");
  }

  @Test
  void choiceRulesCompareAVariable() {
    Step step =
        run(
            """
            {"Type": "Choice", "Choices": [{"Variable": "$status", "StringEquals": "ok",
              "Next": "S"}], "Default": "S"}
            """,
            "{\"status\": \"ok\"}");

    assertThat(step).isEqualTo(new Step.Next("S", json("{\"a\":1}")));
  }

  @Test
  void failReadsItsErrorAndCauseFromVariables() {
    Step step =
        run(
            "{\"Type\": \"Fail\", \"ErrorPath\": \"$e\", \"CausePath\": \"$c\"}",
            "{\"e\": \"Boom\", \"c\": \"why\"}");

    assertThat(step).isEqualTo(new Step.Failed("Boom", "why"));
  }

  @Test
  void aPayloadStringThatMerelyLooksLikeAVariableStaysLiteral() {
    Step step =
        run(
            "{\"Type\": \"Pass\", \"Parameters\": {\"name\": \"$x\"}, \"End\": true}",
            "{\"x\": 1}");

    assertThat(step).isEqualTo(new Step.Succeeded(json("{\"name\":\"$x\"}")));
  }
}
