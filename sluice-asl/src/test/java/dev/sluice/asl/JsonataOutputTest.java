package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class JsonataOutputTest {

  private static Step pass(String output, String input, String variables) {
    StateMachine machine =
        machine(
            """
            {"QueryLanguage": "JSONata", "StartAt": "P",
             "States": {"P": {"Type": "Pass", "Output": %s, "End": true}}}
            """
                .formatted(output));
    return Interpreter.next(machine, "P", json(input), context(variables));
  }

  @Test
  void evaluatesExpressionsNestedInTheOutputAgainstStatesInputAndVariables() {
    Step step =
        pass(
            """
            {"sum": "{% $sum($states.input.xs) + $bias %}", "state": "{% $states.context.State.Name %}",
             "literal": "$.not.a.path", "list": [1, "{% $states.input.xs[0] %}"]}
            """,
            "{\"xs\": [1, 2, 3]}", "{\"bias\": 4}");

    assertThat(step)
        .isEqualTo(
            new Step.Succeeded(
                json("{\"sum\":10,\"state\":\"S\",\"literal\":\"$.not.a.path\",\"list\":[1,1]}")));
  }

  @Test
  void keepsIntegralResultsIntegersAndFractionsDecimals() {
    Step step = pass("\"{% [6 / 2, 1 / 4] %}\"", "{}", "{}");

    assertThat(((Step.Succeeded) step).output().toString()).isEqualTo("[3,0.25]");
  }

  @Test
  void passesTheInputOnWhenThereIsNoOutput() {
    StateMachine machine =
        machine(
            """
            {"StartAt": "P", "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONata", "End": true}}}
            """);

    assertThat(Interpreter.next(machine, "P", json("{\"a\":1}"), context("{}")))
        .isEqualTo(new Step.Succeeded(json("{\"a\":1}")));
  }

  @Test
  void failsWithAQueryEvaluationErrorNamingTheFieldWhenAnExpressionIsUndefined() {
    Step step = pass("{\"result\": \"{% $doesNotExist %}\"}", "{}", "{}");

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'P' (entered at the event id #2)."
                    + " The JSONata expression '$doesNotExist' specified for the field"
                    + " 'Output/result' returned nothing (undefined)."));
  }

  @Test
  void keepsJsonNullApartFromUndefined() {
    assertThat(pass("\"{% null %}\"", "{}", "{}")).isEqualTo(new Step.Succeeded(json("null")));
  }

  @Test
  void anExpressionNestedDeeperThanAwsAllowsIsAQueryEvaluationError() {
    String hundred = String.join(" + ", Collections.nCopies(100, "1"));

    assertThat(pass("\"{% " + hundred + " %}\"", "{}", "{}"))
        .isEqualTo(new Step.Succeeded(json("100")));
    assertThat(((Step.Failed) pass("\"{% " + hundred + " + 1 %}\"", "{}", "{}")).error())
        .isEqualTo("States.QueryEvaluationError");
  }
}
