package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A message's leaf values by key path; a key with no values is absent. */
public record MessageValues(Map<List<String>, List<Value>> byPath) {

  public MessageValues {
    byPath = Map.copyOf(byPath);
  }

  public List<Value> at(List<String> path) {
    return byPath.getOrDefault(path, List.of());
  }

  public boolean isEmpty() {
    return byPath.isEmpty();
  }

  /** A JSON scalar as a value. */
  static Value of(JsonNode node) {
    return switch (node.getNodeType()) {
      case NUMBER -> new Value.Num(node.decimalValue());
      case BOOLEAN -> new Value.Bool(node.booleanValue());
      case NULL -> new Value.Null();
      default -> new Value.Text(node.asText());
    };
  }

  /** A Number attribute's value; text that is no number stays text. */
  static Value number(String text) {
    try {
      return new Value.Num(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return new Value.Text(text);
    }
  }
}
