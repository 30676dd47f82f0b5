package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** Evaluates a Choice rule (JSONPath) against a state's input. */
public final class ChoiceRules {
  private final Paths paths;

  public ChoiceRules(Paths paths) {
    this.paths = paths;
  }

  public boolean matches(JsonNode rule) {
    if (rule.has("And")) {
      for (JsonNode inner : rule.get("And")) {
        if (!matches(inner)) {
          return false;
        }
      }
      return true;
    }
    if (rule.has("Or")) {
      for (JsonNode inner : rule.get("Or")) {
        if (matches(inner)) {
          return true;
        }
      }
      return false;
    }
    if (rule.has("Not")) {
      return !matches(rule.get("Not"));
    }
    return compare(rule);
  }

  private boolean compare(JsonNode rule) {
    String variable = rule.path("Variable").asText();
    Map.Entry<String, JsonNode> operator = operator(rule);
    String name = operator.getKey();
    JsonNode expected = operator.getValue();
    if (name.equals("IsPresent")) {
      return present(variable) == expected.asBoolean();
    }
    JsonNode actual = paths.required(variable, "Variable");
    if (name.startsWith("Is")) {
      return is(name, actual) == expected.asBoolean();
    }
    if (name.endsWith("Path")) {
      expected = paths.required(expected.asText(), name);
      name = name.substring(0, name.length() - 4);
    }
    return test(name, actual, expected);
  }

  private static Map.Entry<String, JsonNode> operator(JsonNode rule) {
    Iterator<Map.Entry<String, JsonNode>> fields = rule.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().equals("Variable") && !field.getKey().equals("Next")) {
        return field;
      }
    }
    throw new StateFailure("States.Runtime", "Choice rule without a comparison operator");
  }

  private boolean present(String variable) {
    try {
      paths.required(variable, "Variable");
      return true;
    } catch (StateFailure absent) {
      return false;
    }
  }

  private static boolean is(String name, JsonNode actual) {
    return switch (name) {
      case "IsNull" -> actual.isNull();
      case "IsNumeric" -> actual.isNumber();
      case "IsString" -> actual.isTextual();
      case "IsBoolean" -> actual.isBoolean();
      case "IsTimestamp" -> actual.isTextual() && timestamp(actual.asText()) != null;
      default -> throw new StateFailure("States.Runtime", "Unknown operator " + name);
    };
  }

  private static boolean test(String name, JsonNode actual, JsonNode expected) {
    if (name.equals("StringMatches")) {
      return actual.isTextual() && Wildcard.matches(expected.asText(), actual.asText());
    }
    String type =
        name.startsWith("String")
            ? "String"
            : name.startsWith("Numeric")
                ? "Numeric"
                : name.startsWith("Boolean") ? "Boolean" : "Timestamp";
    String relation = name.substring(type.length());
    Integer order = order(type, actual, expected);
    if (order == null) {
      return false;
    }
    return switch (relation) {
      case "Equals" -> order == 0;
      case "LessThan" -> order < 0;
      case "GreaterThan" -> order > 0;
      case "LessThanEquals" -> order <= 0;
      case "GreaterThanEquals" -> order >= 0;
      default -> throw new StateFailure("States.Runtime", "Unknown operator " + name);
    };
  }

  private static Integer order(String type, JsonNode actual, JsonNode expected) {
    return switch (type) {
      case "String" ->
          actual.isTextual() && expected.isTextual()
              ? actual.asText().compareTo(expected.asText())
              : null;
      case "Numeric" ->
          actual.isNumber() && expected.isNumber()
              ? actual.decimalValue().compareTo(expected.decimalValue())
              : null;
      case "Boolean" ->
          actual.isBoolean() && expected.isBoolean()
              ? (actual.asBoolean() == expected.asBoolean() ? 0 : 1)
              : null;
      default -> {
        OffsetDateTime left = actual.isTextual() ? timestamp(actual.asText()) : null;
        OffsetDateTime right = expected.isTextual() ? timestamp(expected.asText()) : null;
        yield left == null || right == null ? null : left.toInstant().compareTo(right.toInstant());
      }
    };
  }

  static OffsetDateTime timestamp(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
