package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataFunctionsTest {

  private static JsonNode evaluate(String expression) {
    Step step = run(expression);
    assertThat(step).isInstanceOf(Step.Succeeded.class);
    return ((Step.Succeeded) step).output();
  }

  private static Step run(String expression) {
    StateMachine machine =
        machine(
            """
            {"QueryLanguage": "JSONata", "StartAt": "P",
             "States": {"P": {"Type": "Pass", "Output": "{%% %s %%}", "End": true}}}
            """
                .formatted(expression.replace("\"", "\\\"")));
    Context entered =
        new Context(
            json("{\"State\":{\"EnteredTime\":\"2026-01-02T03:04:05.678Z\"}}"), Machines.FIXED, 2);
    return Interpreter.next(machine, "P", json("{}"), entered);
  }

  @Test
  void partitionSplitsAnArrayIntoChunksOfTheGivenSize() {
    assertThat(evaluate("$partition([0, 1, 2], 2)")).isEqualTo(json("[[0,1],[2]]"));
    assertThat(evaluate("$partition([0], 5)")).isEqualTo(json("[[0]]"));
  }

  @Test
  void rangeIncludesItsEndAndCollapsesASingleValue() {
    assertThat(evaluate("$range(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
    assertThat(evaluate("$range(1, 9, 9)")).isEqualTo(json("1"));
  }

  @Test
  void hashDigestsAStringAsLowerCaseHex() {
    assertThat(evaluate("$hash('Hash this string', 'SHA-256')").asText())
        .isEqualTo("1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e");
  }

  @Test
  void parseReadsJsonText() {
    assertThat(evaluate("$parse('{\"a\": [1, 1.5, true]}')"))
        .isEqualTo(json("{\"a\":[1,1.5,true]}"));
  }

  @Test
  void uuidAndRandomDrawFromTheContextsEntropy() {
    assertThat(evaluate("$uuid()").asText()).isEqualTo("00000000-0000-0001-0000-000000000002");
    assertThat(evaluate("$random()").asDouble()).isZero();
  }

  @Test
  void nowAndMillisReadTheTimeTheStateWasEntered() {
    assertThat(evaluate("$now()").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(evaluate("$millis()").asLong()).isEqualTo(1_767_323_045_678L);
    assertThat(evaluate("$now('[Y0001]-[M01]')").asText()).isEqualTo("2026-01");
  }

  @Test
  void argumentsAwsLeavesUndefinedMakeTheFieldFail() {
    for (String expression :
        List.of(
            "$partition([], 2)",
            "$partition([1], 0)",
            "$range(0, 10, -1)",
            "$range(0, 10)",
            "$hash('text')")) {
      Step step = run(expression);
      assertThat(step).isInstanceOf(Step.Failed.class);
      assertThat(((Step.Failed) step).cause()).endsWith("returned nothing (undefined).");
    }
  }

  @Test
  void evalIsNotAvailable() {
    assertThat(((Step.Failed) run("$eval('1')")).error()).isEqualTo("States.QueryEvaluationError");
  }
}
