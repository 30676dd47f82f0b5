package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.util.Map;

/** A match expression such as {@code {"prefix": "a"}}: exactly one match type and its value. */
record MatchExpression(String type, JsonNode value) {

  static Result<MatchExpression> of(JsonNode node) {
    if (node.size() != 1) {
      return PolicyError.err("Only one key allowed in match expression");
    }
    Map.Entry<String, JsonNode> entry = node.properties().iterator().next();
    return Result.ok(new MatchExpression(entry.getKey(), entry.getValue()));
  }
}
