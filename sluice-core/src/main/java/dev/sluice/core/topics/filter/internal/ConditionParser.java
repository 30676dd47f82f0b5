package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;

/** Reads one element of a policy leaf array: a literal or a one-key match expression. */
final class ConditionParser {

  private ConditionParser() {}

  static Result<Condition> parse(JsonNode node) {
    if (node.isObject()) {
      return expression(node);
    }
    return literal(node).map(Condition.Exact::new);
  }

  static Result<Value> literal(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> Result.ok(new Value.Text(node.textValue()));
      case NUMBER -> Numbers.of(node).map(n -> n);
      case BOOLEAN -> Result.ok(new Value.Bool(node.booleanValue()));
      case NULL -> Result.ok(new Value.Null());
      default -> PolicyError.err("Match value must be String, number, true, false, or null");
    };
  }

  private static Result<Condition> expression(JsonNode node) {
    return MatchExpression.of(node).flatMap(ConditionParser::expression);
  }

  private static Result<Condition> expression(MatchExpression expression) {
    JsonNode value = expression.value();
    return switch (expression.type()) {
      case "prefix" -> text("prefix", value).map(Condition.Prefix::new);
      case "suffix" -> text("suffix", value).map(Condition.Suffix::new);
      case "equals-ignore-case" ->
          text("equals-ignore-case", value).map(Condition.EqualsIgnoreCase::new);
      case "anything-but" -> AnythingButParser.parse(value);
      case "numeric" -> NumericParser.parse(value);
      case "exists" -> exists(value);
      case "cidr" -> cidr(value);
      default -> PolicyError.err("Unrecognized match type " + expression.type());
    };
  }

  static Result<String> text(String matchType, JsonNode value) {
    return value.isTextual()
        ? Result.ok(value.textValue())
        : PolicyError.err(matchType + " match pattern must be a string");
  }

  private static Result<Condition> exists(JsonNode value) {
    return value.isBoolean()
        ? Result.ok(new Condition.Exists(value.booleanValue()))
        : PolicyError.err("exists match pattern must be either true or false.");
  }

  private static Result<Condition> cidr(JsonNode value) {
    return text("cidr", value).flatMap(CidrBlock::parse).map(Condition.Cidr::new);
  }
}
