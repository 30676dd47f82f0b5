package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataMapLimitsTest {

  private static StateMachine map(String fields) {
    return machine(
        """
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", %s
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}
        """
            .formatted(fields));
  }

  private static Step next(String fields, String input) {
    return Interpreter.next(map(fields), "M", json(input), context("{\"width\": 3}"));
  }

  @Test
  void maxConcurrencyFromTheInputFlowsIntoTheItemsStep() {
    Step step =
        next("\"Items\": [1, 2], \"MaxConcurrency\": \"{% $states.input.n %}\",", "{\"n\": 2}");

    assertThat(((Step.RunItems) step).maxConcurrency()).isEqualTo(2);
  }

  @Test
  void maxConcurrencyMayReadAVariable() {
    Step step = next("\"Items\": [1], \"MaxConcurrency\": \"{% $width * 2 %}\",", "{}");

    assertThat(((Step.RunItems) step).maxConcurrency()).isEqualTo(6);
  }

  @Test
  void maxConcurrencyIsEvaluatedAgainAfterTheItemReaderRead() {
    StateMachine machine =
        map(
            """
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "ReaderConfig": {"InputType": "JSON"},
              "Arguments": {"Bucket": "b", "Key": "k"}},
            "MaxConcurrency": "{% $states.input.n %}",
            """);

    Step step =
        Interpreter.items(machine, "M", json("{\"n\": 4}"), List.of(json("1")), context("{}"));

    assertThat(((Step.RunItems) step).maxConcurrency()).isEqualTo(4);
  }

  @Test
  void aNegativeMaxConcurrencyFailsWithAQueryEvaluationError() {
    Step step = next("\"Items\": [1], \"MaxConcurrency\": \"{% -1 %}\",", "{}");

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'M' (entered at the event id #2)."
                    + " The JSONata expression '-1' specified for the field 'MaxConcurrency'"
                    + " returned an invalid value. Expected a non-negative integer, but was: -1"));
  }

  @Test
  void aMaxConcurrencyThatIsNotANumberFailsWithAQueryEvaluationError() {
    Step step = next("\"Items\": [1], \"MaxConcurrency\": \"{% 'many' %}\",", "{}");

    assertThat(((Step.Failed) step).cause())
        .endsWith(
            "The JSONata expression ''many'' specified for the field 'MaxConcurrency' returned an"
                + " unexpected result type. Expected 'number', but was 'string' for value:"
                + " \"many\"");
  }

  @Test
  void toleratedThresholdsWithinRangeLetTheItemsRun() {
    Step step =
        next(
            """
            "Items": [1], "ToleratedFailureCount": "{% $states.input.count %}",
            "ToleratedFailurePercentage": "{% $variable := 12.5 %}",
            """,
            "{\"count\": 2}");

    assertThat(step).isInstanceOf(Step.RunItems.class);
  }

  @Test
  void aNegativeToleratedFailureCountFailsAsTheLiteralWould() {
    Step step = next("\"Items\": [1], \"ToleratedFailureCount\": \"{% -1 %}\",", "{}");

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.Runtime",
                "An error occurred while executing the state 'M' (entered at the event id #2)."
                    + " ToleratedFailureCount cannot be negative."));
  }

  @Test
  void aToleratedFailurePercentageAbove100FailsAsTheLiteralWould() {
    Step step = next("\"Items\": [1], \"ToleratedFailurePercentage\": \"{% 100.5 %}\",", "{}");

    assertThat(((Step.Failed) step).cause())
        .endsWith("ToleratedFailurePercentage must be between 0 and 100.");
  }

  @Test
  void aFractionalToleratedFailureCountIsNotAnInteger() {
    Step step = next("\"Items\": [1], \"ToleratedFailureCount\": \"{% 1.5 %}\",", "{}");

    assertThat(((Step.Failed) step).error()).isEqualTo("States.QueryEvaluationError");
    assertThat(((Step.Failed) step).cause())
        .endsWith(
            "The JSONata expression '1.5' specified for the field 'ToleratedFailureCount'"
                + " returned an invalid value. Expected an integer, but was: 1.5");
  }

  @Test
  void aToleratedFailurePercentageThatIsNotANumberFailsWithAQueryEvaluationError() {
    Step step = next("\"Items\": [1], \"ToleratedFailurePercentage\": \"{% true %}\",", "{}");

    assertThat(((Step.Failed) step).error()).isEqualTo("States.QueryEvaluationError");
  }
}
