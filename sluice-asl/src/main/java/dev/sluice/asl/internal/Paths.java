package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Context;

/**
 * Reads paths against a state's input ({@code $}), the context object ({@code $$}) and the
 * variables ({@code $name}, {@code $name.field}).
 */
public final class Paths {
  private static final ObjectNode NO_VARIABLES = JsonNodeFactory.instance.objectNode();

  private final JsonNode input;
  private final JsonNode context;
  private final ObjectNode variables;

  public Paths(JsonNode input, JsonNode context) {
    this(input, context, NO_VARIABLES);
  }

  public Paths(JsonNode input, JsonNode context, ObjectNode variables) {
    this.input = input;
    this.context = context;
    this.variables = variables == null ? NO_VARIABLES : variables;
  }

  /** Paths over {@code input} with what {@code context} lets a state see. */
  public static Paths of(JsonNode input, Context context) {
    return new Paths(input, context.contextObject(), context.variables());
  }

  /** Paths over another input with the same context object and variables. */
  public Paths scoped(JsonNode other) {
    return new Paths(other, context, variables);
  }

  /** The value at {@code path} (a {@code .$} field's value), or a States.Runtime failure. */
  public JsonNode required(String path, String field) {
    boolean fromContext = path.startsWith("$$");
    JsonNode found = find(path);
    if (found == null) {
      throw new StateFailure(
          "States.Runtime",
          "The JSONPath '"
              + path
              + "' specified for the field '"
              + field
              + "' could not be found in the input '"
              + (fromContext ? context : input)
              + "'");
    }
    return found;
  }

  /** Whether {@code path} reads a variable ({@code $name...}) rather than the input or context. */
  public static boolean isVariable(String path) {
    return VariablePath.is(path);
  }

  /** The value at {@code path} ({@code $...} or {@code $$...}), or null if there is none. */
  public JsonNode find(String path) {
    if (VariablePath.is(path)) {
      return VariablePath.read(path, variables);
    }
    boolean fromContext = path.startsWith("$$");
    JsonPath parsed = JsonPath.parse(fromContext ? path.substring(1) : path);
    JsonNode root = fromContext ? context : input;
    return parsed == null || root == null ? null : parsed.read(root);
  }

  /** InputPath/OutputPath selection: null selects {@code {}}. */
  public JsonNode select(String path) {
    if (path == null) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode found = find(path);
    if (found == null) {
      throw new StateFailure("States.Runtime", "Invalid path '" + path + "' : " + missing(path));
    }
    return found;
  }

  /**
   * Why a simple dotted path found nothing, worded as AWS's JSONPath words it: a property missing
   * before the last step is "Missing property in path $['a']", the last one "No results for path:
   * $['a']['b']".
   */
  private String missing(String path) {
    if (!path.startsWith("$.") || path.startsWith("$$") || path.contains("[")) {
      return "No results for path: " + bracketed(path);
    }
    String[] names = path.substring(2).split("\\.");
    JsonNode at = input;
    StringBuilder walked = new StringBuilder("$");
    for (int i = 0; i < names.length - 1; i++) {
      walked.append("['").append(names[i]).append("']");
      at = at == null ? null : at.get(names[i]);
      if (at == null) {
        return "Missing property in path " + walked;
      }
    }
    return "No results for path: " + bracketed(path);
  }

  private static String bracketed(String path) {
    StringBuilder out = new StringBuilder("$");
    for (String part : path.substring(1).split("\\.")) {
      if (!part.isEmpty()) {
        out.append("['").append(part).append("']");
      }
    }
    return out.toString();
  }

  /** ResultPath: {@code input} with {@code result} placed at {@code path}. */
  public static JsonNode place(JsonNode input, String path, JsonNode result) {
    if (path == null) {
      return input;
    }
    if (path.equals("$")) {
      return result;
    }
    // Copy only the objects along the path; everything else is shared (values are never mutated).
    ObjectNode root = shallowCopy(input);
    ObjectNode parent = root;
    String[] names = path.substring(2).split("\\.");
    for (int i = 0; i < names.length - 1; i++) {
      ObjectNode child = shallowCopy(parent.get(names[i]));
      parent.set(names[i], child);
      parent = child;
    }
    parent.set(names[names.length - 1], result);
    return root;
  }

  private static ObjectNode shallowCopy(JsonNode node) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    if (node instanceof ObjectNode object) {
      copy.setAll(object);
    }
    return copy;
  }
}
