package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Expands a payload template (Parameters, ResultSelector, ItemSelector): {@code .$} keys. */
public final class Template {
  private final Paths paths;
  private final Intrinsics intrinsics;

  public Template(Paths paths, Intrinsics intrinsics) {
    this.paths = paths;
    this.intrinsics = intrinsics;
  }

  public JsonNode expand(JsonNode template) {
    if (template.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : template.properties()) {
        String key = field.getKey();
        if (key.endsWith(".$") && field.getValue().isTextual()) {
          out.set(key.substring(0, key.length() - 2), value(field.getValue().asText(), key));
        } else {
          out.set(key, expand(field.getValue()));
        }
      }
      return out;
    }
    if (template.isArray()) {
      var out = JsonNodeFactory.instance.arrayNode();
      template.forEach(item -> out.add(expand(item)));
      return out;
    }
    return template;
  }

  private JsonNode value(String expression, String field) {
    if (expression.startsWith("States.")) {
      return intrinsics.evaluate(expression, field);
    }
    return paths.required(expression, field);
  }
}
