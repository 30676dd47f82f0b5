package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.JsonataExpression;
import dev.sluice.asl.internal.StateFailure;

/**
 * The numeric fields a JSONata state may give as a {@code {% ... %}} expression (TimeoutSeconds,
 * HeartbeatSeconds, MaxConcurrency, ToleratedFailureCount, ToleratedFailurePercentage): the literal
 * as written, or the number the expression returns.
 */
final class JsonataNumbers {
  private JsonataNumbers() {}

  /**
   * {@code field}'s value: the field itself unless it is an expression, else its result, which must
   * be a number.
   *
   * @param field the field as written, or null when absent (answered as null)
   * @param name the field's name, for errors
   */
  static JsonNode number(JsonNode field, String name, JsonataEvaluator evaluator) {
    if (!JsonataExpression.is(field)) {
      return field;
    }
    JsonNode value = evaluator.evaluate(field.asText(), name);
    if (!value.isNumber()) {
      throw JsonataEvaluator.unexpectedType(field.asText(), name, "number", value);
    }
    return value;
  }

  /**
   * {@code field}'s whole-number value: a literal as written (null when absent or not a whole
   * number: the definition's own rules judge literals), else its expression's result, which must be
   * a whole number of at least {@code minimum}.
   */
  static Integer integer(JsonNode field, String name, int minimum, JsonataEvaluator evaluator) {
    if (!JsonataExpression.is(field)) {
      return field != null && field.isIntegralNumber() && field.canConvertToInt()
          ? field.asInt()
          : null;
    }
    JsonNode value = number(field, name, evaluator);
    if (!whole(value) || value.intValue() < minimum) {
      throw invalid(
          field, name, minimum > 0 ? "a positive integer" : "a non-negative integer", value);
    }
    return value.intValue();
  }

  /** The error for an expression whose number is out of the field's range. */
  static StateFailure invalid(JsonNode field, String name, String expected, JsonNode value) {
    return new StateFailure(
        JsonataEvaluator.QUERY_EVALUATION_ERROR,
        "The JSONata expression '"
            + JsonataExpression.body(field.asText())
            + "' specified for the field '"
            + name
            + "' returned an invalid value. Expected "
            + expected
            + ", but was: "
            + value);
  }

  private static boolean whole(JsonNode value) {
    return value.decimalValue().stripTrailingZeros().scale() <= 0 && value.canConvertToInt();
  }
}
