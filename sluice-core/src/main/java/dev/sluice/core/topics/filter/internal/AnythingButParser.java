package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code anything-but}: a value, a list of values, or a prefix / suffix expression. */
final class AnythingButParser {

  private static final String SHAPE =
      "Value of anything-but must be an array or single string/number value.";

  private AnythingButParser() {}

  static Result<Condition> parse(JsonNode value) {
    if (value.isObject()) {
      return expression(value).map(Condition.AnythingBut::new);
    }
    if (value.isArray()) {
      return list(value).map(Condition.AnythingBut::new);
    }
    if (value.isTextual() || value.isNumber()) {
      return ConditionParser.literal(value).map(v -> new Condition.AnythingBut(oneOf(List.of(v))));
    }
    return PolicyError.err(SHAPE);
  }

  private static Result<Condition> list(JsonNode array) {
    if (array.isEmpty()) {
      return PolicyError.err("Empty arrays are not allowed");
    }
    List<Value> values = new ArrayList<>();
    for (JsonNode element : array) {
      if (!element.isTextual() && !element.isNumber()) {
        return PolicyError.err("Inside anything but list, only strings and numbers are allowed.");
      }
      Result<Value> v = ConditionParser.literal(element);
      if (!v.isOk()) {
        return Result.err(v.failure());
      }
      values.add(v.value());
    }
    return Result.ok(oneOf(values));
  }

  private static Condition oneOf(List<Value> values) {
    return new Condition.OneOf(List.copyOf(values));
  }

  private static Result<Condition> expression(JsonNode node) {
    return MatchExpression.of(node).flatMap(AnythingButParser::expression);
  }

  private static Result<Condition> expression(MatchExpression e) {
    return switch (e.type()) {
      case "prefix" -> ConditionParser.text("prefix", e.value()).map(Condition.Prefix::new);
      case "suffix" -> ConditionParser.text("suffix", e.value()).map(Condition.Suffix::new);
      default -> PolicyError.err("Unsupported anything-but pattern: " + e.type());
    };
  }
}
