package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonataMapItemsTest {

  private static Step map(String fields, String input) {
    StateMachine machine =
        machine(
            """
            {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", %s
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
              "End": true}}}
            """
                .formatted(fields));
    return Interpreter.next(machine, "M", json(input), context("{\"tag\": \"t\"}"));
  }

  @Test
  void itemsMayMixLiteralsAndExpressions() {
    Step step = map("\"Items\": [1, \"{% $number('2') %}\"],", "{}");

    assertThat(((Step.RunItems) step).items()).containsExactly(json("1"), json("2"));
  }

  @Test
  void theItemSelectorSeesTheItemInTheContextAndTheVariables() {
    Step step =
        map(
            """
            "Items": "{% $states.input.xs %}",
            "ItemSelector": {"value": "{% $states.context.Map.Item.Value %}",
              "index": "{% $states.context.Map.Item.Index %}", "tag": "{% $tag %}"},
            """,
            "{\"xs\": [\"a\", \"b\"]}");

    List<JsonNode> items = ((Step.RunItems) step).items();
    assertThat(items)
        .containsExactly(
            json("{\"value\":\"a\",\"index\":0,\"tag\":\"t\"}"),
            json("{\"value\":\"b\",\"index\":1,\"tag\":\"t\"}"));
  }

  @Test
  void itemsThatAreNotAnArrayFailWithAwsCause() {
    Step step = map("\"Items\": \"{% {'foo': 'bar'} %}\",", "{}");

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'M' (entered at the event id #2)."
                    + " The JSONata expression '{'foo': 'bar'}' specified for the field 'Items'"
                    + " returned an unexpected result type. Expected 'array', but was 'object'"
                    + " for value: {\"foo\":\"bar\"}"));
  }

  @Test
  void withoutItemsTheInputMustBeAnArray() {
    Step step = map("", "true");

    assertThat(step)
        .isEqualTo(
            new Step.Failed(
                "States.QueryEvaluationError",
                "An error occurred while executing the state 'M' (entered at the event id #2)."
                    + " Map state input must be an array but was: true"));
  }
}
