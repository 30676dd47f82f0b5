package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Result;
import java.math.BigDecimal;

/** Reads {@code {"numeric": ["=", 5]}} and {@code {"numeric": [">", 0, "<=", 150]}}. */
final class NumericParser {

  private NumericParser() {}

  static Result<Condition> parse(JsonNode node) {
    if (!node.isArray()) {
      return PolicyError.err("Value of numeric must be an array.");
    }
    if (node.size() == 0 || node.size() % 2 != 0 || node.size() > 4) {
      return node.size() > 4
          ? PolicyError.err("Too many elements in numeric expression")
          : PolicyError.err("Value of numeric must be an array of operator/value pairs.");
    }
    NumericRange range = new NumericRange(null, false, null, false);
    for (int i = 0; i < node.size(); i += 2) {
      Result<NumericRange> next = apply(range, node.get(i), node.get(i + 1), node.size());
      if (!next.isOk()) {
        return Result.err(next.failure());
      }
      range = next.value();
    }
    return checkOrder(range);
  }

  private static Result<NumericRange> apply(
      NumericRange range, JsonNode operator, JsonNode operand, int size) {
    String op = operator.asText();
    if (!operator.isTextual() || !op.matches("=|<|<=|>|>=")) {
      return PolicyError.err("Unrecognized numeric range operator: " + op);
    }
    if (!operand.isNumber()) {
      return PolicyError.err("Value of " + op + " must be numeric");
    }
    Result<Value.Num> n = Numbers.of(operand);
    if (!n.isOk()) {
      return Result.err(n.failure());
    }
    return bound(range, op, n.value().number(), size);
  }

  private static Result<NumericRange> bound(NumericRange range, String op, BigDecimal n, int size) {
    boolean lower = op.startsWith(">");
    boolean taken = lower ? range.lower() != null : range.upper() != null;
    if (op.equals("=")) {
      return size == 2
          ? Result.ok(new NumericRange(n, true, n, true))
          : PolicyError.err("Bad numeric range operator: =");
    }
    if (taken) {
      return PolicyError.err("Bad numeric range operator: " + op);
    }
    boolean inclusive = op.endsWith("=");
    return Result.ok(
        lower
            ? new NumericRange(n, inclusive, range.upper(), range.upperInclusive())
            : new NumericRange(range.lower(), range.lowerInclusive(), n, inclusive));
  }

  private static Result<Condition> checkOrder(NumericRange range) {
    if (range.lower() != null
        && range.upper() != null
        && range.lower().compareTo(range.upper()) >= 0
        && range.lower() != range.upper()) { // an "=" range shares one bound
      return PolicyError.err("Bottom must be less than top");
    }
    return Result.ok(new Condition.Numeric(range));
  }
}
