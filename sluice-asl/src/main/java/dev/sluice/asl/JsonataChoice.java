package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.JsonataEvaluator;

/**
 * A JSONata Choice: the first rule whose {@code Condition} is true decides the next state and
 * supplies Assign and Output; else Default with the state's own Assign and Output.
 */
final class JsonataChoice {
  private JsonataChoice() {}

  static Step decide(State.Choice s, Dataflow flow, JsonataEvaluator evaluator, JsonNode input) {
    for (int i = 0; i < s.choices().size(); i++) {
      JsonNode rule = s.choices().get(i);
      String at = "Choices[" + i + "]/";
      if (holds(rule.get("Condition"), at + "Condition", evaluator)) {
        ObjectNode assigned = Assignments.jsonata(rule.get("Assign"), at + "Assign", evaluator);
        JsonNode output =
            rule.has("Output")
                ? evaluator.expand(rule.get("Output"), at + "Output")
                : JsonataStates.output(flow, evaluator, input);
        return new Step.Next(rule.path("Next").asText(), output, assigned);
      }
    }
    if (s.defaultState() == null) {
      return new Step.Failed("States.NoChoiceMatched", "No Matches!");
    }
    ObjectNode assigned = Assignments.jsonata(flow.assign(), evaluator);
    return new Step.Next(s.defaultState(), JsonataStates.output(flow, evaluator, input), assigned);
  }

  private static boolean holds(JsonNode condition, String field, JsonataEvaluator evaluator) {
    if (condition == null) {
      return false;
    }
    JsonNode value = evaluator.expand(condition, field);
    if (!value.isBoolean()) {
      throw JsonataEvaluator.unexpectedType(condition.asText(), field, "boolean", value);
    }
    return value.asBoolean();
  }
}
