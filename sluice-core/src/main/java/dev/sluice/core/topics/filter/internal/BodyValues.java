package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A JSON message body flattened to its leaves; arrays contribute each of their elements. */
public final class BodyValues {

  private BodyValues() {}

  /** The body's values, or empty when the body is not a JSON object. */
  public static Optional<MessageValues> of(String message) {
    JsonNode root;
    try {
      root = message == null ? null : JsonTrees.read(message);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    Map<List<String>, List<Value>> byPath = new HashMap<>();
    collect(root, List.of(), byPath);
    return Optional.of(new MessageValues(byPath));
  }

  private static void collect(
      JsonNode node, List<String> path, Map<List<String>, List<Value>> byPath) {
    if (node.isObject()) {
      node.properties()
          .forEach(f -> collect(f.getValue(), Alternatives.append(path, f.getKey()), byPath));
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, path, byPath));
    } else if (!path.isEmpty()) {
      byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(MessageValues.of(node));
    }
  }
}
