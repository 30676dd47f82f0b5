package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.JsonataExpression;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;
import java.math.BigDecimal;

/**
 * Checks a Map state's MaxConcurrency(Path) and tolerated-failure thresholds as AWS does, from
 * paths (JSONPath) or expressions (JSONata).
 */
final class MapTolerance {
  private MapTolerance() {}

  /** Checks the thresholds; answers the MaxConcurrencyPath value, or null without one. */
  static Integer check(State.Tolerance tolerance, Paths paths) {
    Integer maxConcurrency = null;
    if (tolerance.maxConcurrencyPath() != null) {
      maxConcurrency = integer(paths, "MaxConcurrencyPath", tolerance.maxConcurrencyPath()).asInt();
    }
    JsonNode count = tolerance.toleratedFailureCount();
    if (tolerance.toleratedFailureCountPath() != null) {
      count = integer(paths, "ToleratedFailureCountPath", tolerance.toleratedFailureCountPath());
    }
    checkCount(count);
    JsonNode percentage = tolerance.toleratedFailurePercentage();
    String percentagePath = tolerance.toleratedFailurePercentagePath();
    if (percentagePath != null) {
      percentage =
          numeric(paths.required(percentagePath, "ToleratedFailurePercentagePath"), percentagePath);
      if (!percentage.isNumber()) {
        throw notA("ToleratedFailurePercentagePath", percentage, "float", percentagePath);
      }
    }
    checkPercentage(percentage);
    return maxConcurrency;
  }

  /**
   * JSONata: MaxConcurrency, ToleratedFailureCount and ToleratedFailurePercentage may be
   * expressions; their results are checked as AWS checks the literals. Answers MaxConcurrency's
   * value, or null without one.
   *
   * @param definition the Map state's definition
   */
  static Integer jsonata(JsonNode definition, JsonataEvaluator evaluator) {
    Integer maxConcurrency =
        JsonataNumbers.integer(definition.get("MaxConcurrency"), "MaxConcurrency", 0, evaluator);
    JsonNode countField = definition.get("ToleratedFailureCount");
    JsonNode count = JsonataNumbers.number(countField, "ToleratedFailureCount", evaluator);
    if (JsonataExpression.is(countField)
        && (count.decimalValue().stripTrailingZeros().scale() > 0 || !count.canConvertToLong())) {
      throw JsonataNumbers.invalid(countField, "ToleratedFailureCount", "an integer", count);
    }
    checkCount(count);
    checkPercentage(
        JsonataNumbers.number(
            definition.get("ToleratedFailurePercentage"), "ToleratedFailurePercentage", evaluator));
    return maxConcurrency;
  }

  private static void checkCount(JsonNode count) {
    if (count != null && count.isNumber() && count.asLong() < 0) {
      throw new StateFailure("States.Runtime", "ToleratedFailureCount cannot be negative.");
    }
  }

  private static void checkPercentage(JsonNode percentage) {
    if (percentage != null
        && percentage.isNumber()
        && (percentage.asDouble() < 0 || percentage.asDouble() > 100)) {
      throw new StateFailure(
          "States.Runtime", "ToleratedFailurePercentage must be between 0 and 100.");
    }
  }

  private static JsonNode integer(Paths paths, String field, String path) {
    JsonNode value = numeric(paths.required(path, field), path);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw notA(field, value, "integer", path);
    }
    return value;
  }

  /** AWS reads a number held as a string when the path names a variable (not the input). */
  private static JsonNode numeric(JsonNode value, String path) {
    if (!Paths.isVariable(path) || !value.isTextual()) {
      return value;
    }
    try {
      BigDecimal number = new BigDecimal(value.asText().trim());
      return number.scale() <= 0
          ? JsonNodeFactory.instance.numberNode(number.toBigInteger())
          : JsonNodeFactory.instance.numberNode(number);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static StateFailure notA(String field, JsonNode value, String kind, String path) {
    String text = value.isTextual() ? value.asText() : value.toString();
    return new StateFailure(
        "States.Runtime",
        "The "
            + field
            + " field refers to value \""
            + text
            + "\" which is not a valid "
            + kind
            + ": "
            + path);
  }
}
