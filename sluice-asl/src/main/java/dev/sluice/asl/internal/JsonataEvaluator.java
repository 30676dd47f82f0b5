package dev.sluice.asl.internal;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Entropy;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates the JSONata fields of a state: {@code {% ... %}} strings see {@code $states} and every
 * visible variable as {@code $name}; failures become {@code States.QueryEvaluationError}.
 */
public final class JsonataEvaluator {
  /** The error AWS reports for a failed JSONata evaluation. */
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";

  /** A guard against expressions that never end (not a semantic limit). */
  private static final long TIMEOUT_MILLIS = 5_000;

  /** How deeply one expression may nest, as on AWS. */
  private static final int MAX_DEPTH = 100;

  private final Object states;
  private final Map<String, Object> variables = new LinkedHashMap<>();
  private final JsonataFunctions functions;

  /**
   * @param states the {@code $states} object (input, context, and result or errorOutput)
   * @param variables the variables visible to the state
   */
  public JsonataEvaluator(ObjectNode states, ObjectNode variables, Entropy entropy) {
    this.states = JsonataValues.toJava(states);
    variables.properties().forEach(e -> this.variables.put(e.getKey(), toJava(e.getValue())));
    this.functions = new JsonataFunctions(entropy, enteredMillis(states));
  }

  private static Long enteredMillis(ObjectNode states) {
    JsonNode entered = states.path("context").path("State").path("EnteredTime");
    try {
      return entered.isTextual()
          ? OffsetDateTime.parse(entered.asText()).toInstant().toEpochMilli()
          : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Object toJava(JsonNode value) {
    return JsonataValues.toJava(value);
  }

  /**
   * A field's value with every JSONata string in it evaluated ({@code field} names it in errors,
   * nested keys as {@code Output/key}, array elements as {@code Output[0]}).
   */
  public JsonNode expand(JsonNode template, String field) {
    if (JsonataExpression.is(template)) {
      return evaluate(template.asText(), field);
    }
    if (template.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      template
          .properties()
          .forEach(e -> out.set(e.getKey(), expand(e.getValue(), field + "/" + e.getKey())));
      return out;
    }
    if (template.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < template.size(); i++) {
        out.add(expand(template.get(i), field + "[" + i + "]"));
      }
      return out;
    }
    return template;
  }

  /** Evaluates {@code text}, a {@code {% ... %}} string; undefined is an error. */
  public JsonNode evaluate(String text, String field) {
    String expression = JsonataExpression.body(text);
    Object result = run(expression, field);
    if (result == null) {
      throw failure(expression, field, "returned nothing (undefined).");
    }
    try {
      return JsonataValues.toJson(result);
    } catch (JsonataValues.Unsupported e) {
      throw failure(expression, field, "returned an unsupported result type.");
    }
  }

  /**
   * A {@code States.QueryEvaluationError} for a result of the wrong type ({@code expected} is the
   * JSON type name AWS uses: array, object, string, number, boolean).
   */
  public static StateFailure unexpectedType(
      String text, String field, String expected, JsonNode value) {
    return failure(
        JsonataExpression.body(text),
        field,
        "returned an unexpected result type. Expected '"
            + expected
            + "', but was '"
            + typeName(value)
            + "' for value: "
            + value);
  }

  /** The JSON type name of {@code value} as AWS words it. */
  public static String typeName(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      default -> "null";
    };
  }

  private Object run(String expression, String field) {
    try {
      Jsonata compiled = Jsonata.jsonata(expression);
      compiled.setOutputConvertNulls(false);
      Jsonata.Frame frame = compiled.createFrame();
      frame.setRuntimeBounds(TIMEOUT_MILLIS, MAX_DEPTH);
      variables.forEach(frame::bind);
      functions.bindTo(frame);
      frame.bind("states", states);
      return compiled.evaluate(null, frame);
    } catch (JException e) {
      throw failure(expression, field, "threw an error during evaluation: " + e.getMessage() + ".");
    } catch (RuntimeException e) {
      throw failure(expression, field, "threw an error during evaluation.");
    }
  }

  private static StateFailure failure(String expression, String field, String what) {
    return new StateFailure(
        QUERY_EVALUATION_ERROR,
        "The JSONata expression '"
            + expression
            + "' specified for the field '"
            + field
            + "' "
            + what);
  }
}
