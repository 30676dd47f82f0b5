package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonataTimeoutsTest {

  private static Timeouts of(String fields, String input) {
    StateMachine machine =
        machine(
            """
            {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f", %s, "End": true}}}
            """
                .formatted(fields));
    return Timeouts.of(machine.state("T"), json(input), context("{\"limit\": 40}"));
  }

  @Test
  void evaluatesTimeoutSecondsAgainstTheStateInput() {
    assertThat(of("\"TimeoutSeconds\": \"{% $states.input.t %}\"", "{\"t\": 30}"))
        .isEqualTo(new Timeouts(30, null));
  }

  @Test
  void evaluatesHeartbeatSecondsWithTheVisibleVariables() {
    assertThat(of("\"HeartbeatSeconds\": \"{% $limit / 4 %}\"", "{}"))
        .isEqualTo(new Timeouts(null, 10));
  }

  @Test
  void evaluatesBothBesideALiteral() {
    assertThat(of("\"TimeoutSeconds\": 60, \"HeartbeatSeconds\": \"{% $variable := 1 %}\"", "{}"))
        .isEqualTo(new Timeouts(60, 1));
  }

  @Test
  void anExpressionReturningAStringFailsWithAQueryEvaluationError() {
    Timeouts timeouts = of("\"TimeoutSeconds\": \"{% $states.input.t %}\"", "{\"t\": \"30\"}");

    assertThat(timeouts.failure())
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'T' (entered at the event id #2)."
                    + " The JSONata expression '$states.input.t' specified for the field"
                    + " 'TimeoutSeconds' returned an unexpected result type. Expected 'number',"
                    + " but was 'string' for value: \"30\""));
    assertThat(timeouts.timeoutSeconds()).isNull();
  }

  @Test
  void anExpressionReturningNothingFailsWithAQueryEvaluationError() {
    Timeouts timeouts = of("\"HeartbeatSeconds\": \"{% $states.input.missing %}\"", "{}");

    assertThat(timeouts.failure().error()).isEqualTo("States.QueryEvaluationError");
    assertThat(timeouts.failure().cause())
        .endsWith(
            "The JSONata expression '$states.input.missing' specified for the field"
                + " 'HeartbeatSeconds' returned nothing (undefined).");
  }

  @Test
  void zeroSecondsIsNotAPositiveInteger() {
    Timeouts timeouts = of("\"TimeoutSeconds\": \"{% 0 %}\"", "{}");

    assertThat(timeouts.failure().error()).isEqualTo("States.QueryEvaluationError");
    assertThat(timeouts.failure().cause())
        .endsWith(
            "The JSONata expression '0' specified for the field 'TimeoutSeconds' returned an"
                + " invalid value. Expected a positive integer, but was: 0");
  }

  @Test
  void aFractionOfASecondIsNotAPositiveInteger() {
    Timeouts timeouts = of("\"HeartbeatSeconds\": \"{% 2.5 %}\"", "{}");

    assertThat(timeouts.failure().cause()).endsWith("Expected a positive integer, but was: 2.5");
  }
}
