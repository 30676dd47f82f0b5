package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A JSONPath-state reference to a variable: {@code $name}, {@code $name.field[0]}. */
final class VariablePath {
  private VariablePath() {}

  static boolean is(String path) {
    return path.length() > 1
        && path.charAt(0) == '$'
        && (Character.isLetter(path.charAt(1)) || path.charAt(1) == '_');
  }

  /** The value the path selects, or null when the variable or the member does not exist. */
  static JsonNode read(String path, ObjectNode variables) {
    int end = 1;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    JsonNode value = variables.get(path.substring(1, end));
    if (value == null) {
      return null;
    }
    JsonPath rest = JsonPath.parse("$" + path.substring(end));
    return rest == null ? null : rest.read(value);
  }
}
