package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.JsonataExpression;
import dev.sluice.asl.internal.StateFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of a JSONata Map state: {@code Items} (default: the input) must be an array; each item
 * goes through {@code ItemSelector}, which sees it as {@code $states.context.Map.Item}.
 */
final class JsonataItems {
  private JsonataItems() {}

  static List<JsonNode> of(
      Dataflow flow, JsonataEvaluator evaluator, JsonNode input, Context context) {
    JsonNode array = flow.items() == null ? input : evaluator.expand(flow.items(), "Items");
    if (!array.isArray()) {
      if (JsonataExpression.is(flow.items())) {
        throw JsonataEvaluator.unexpectedType(flow.items().asText(), "Items", "array", array);
      }
      throw new StateFailure(
          JsonataEvaluator.QUERY_EVALUATION_ERROR,
          "Map state input must be an array but was: " + array);
    }
    List<JsonNode> values = new ArrayList<>();
    array.forEach(values::add);
    return select(flow, input, values, context);
  }

  /** {@code values} through the state's ItemSelector (if any). */
  static List<JsonNode> select(
      Dataflow flow, JsonNode input, List<JsonNode> values, Context context) {
    JsonNode selector = flow.definition().get("ItemSelector");
    List<JsonNode> items = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      JsonNode value = values.get(i);
      items.add(selector == null ? value : item(selector, input, value, i, context));
    }
    return items;
  }

  private static JsonNode item(
      JsonNode selector, JsonNode input, JsonNode value, int index, Context context) {
    ObjectNode contextObject =
        context.contextObject() instanceof ObjectNode object
            ? object.deepCopy()
            : JsonNodeFactory.instance.objectNode();
    ObjectNode item = contextObject.putObject("Map").putObject("Item");
    item.put("Index", index);
    item.set("Value", value);
    return JsonataStates.evaluator(input, null, null, contextObject, context)
        .expand(selector, "ItemSelector");
  }
}
