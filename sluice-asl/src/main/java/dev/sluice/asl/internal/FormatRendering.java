package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How States.Format renders an argument: strings bare, objects as {@code {k=v, k2=v2}} and arrays
 * as {@code [a, b]} (AWS's rendering), other values as JSON.
 */
final class FormatRendering {
  private FormatRendering() {}

  static String render(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        parts.add(field.getKey() + "=" + render(field.getValue()));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(item -> parts.add(render(item)));
      return "[" + String.join(", ", parts) + "]";
    }
    return value.toString();
  }
}
