package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** Reads a policy key's array of conditions. */
final class LeafParser {

  private LeafParser() {}

  static Result<Leaf> parse(List<String> path, JsonNode array) {
    if (array.isEmpty()) {
      return PolicyError.err("Empty arrays are not allowed");
    }
    List<Condition> conditions = new ArrayList<>();
    for (JsonNode element : array) {
      Result<Condition> condition = ConditionParser.parse(element);
      if (!condition.isOk()) {
        return Result.err(condition.failure());
      }
      conditions.add(condition.value());
    }
    return Result.ok(new Leaf(path, conditions));
  }
}
