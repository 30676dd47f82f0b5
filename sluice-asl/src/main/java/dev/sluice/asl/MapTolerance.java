package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;
import java.math.BigDecimal;

/** Checks a Map state's MaxConcurrencyPath and tolerated-failure thresholds as AWS does. */
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
    if (count != null && count.asLong() < 0) {
      throw new StateFailure("States.Runtime", "ToleratedFailureCount cannot be negative.");
    }
    JsonNode percentage = tolerance.toleratedFailurePercentage();
    String percentagePath = tolerance.toleratedFailurePercentagePath();
    if (percentagePath != null) {
      percentage =
          numeric(paths.required(percentagePath, "ToleratedFailurePercentagePath"), percentagePath);
      if (!percentage.isNumber()) {
        throw notA("ToleratedFailurePercentagePath", percentage, "float", percentagePath);
      }
    }
    if (percentage != null && (percentage.asDouble() < 0 || percentage.asDouble() > 100)) {
      throw new StateFailure(
          "States.Runtime", "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return maxConcurrency;
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
