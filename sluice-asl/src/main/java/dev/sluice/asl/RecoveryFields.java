package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Parses and checks a state's {@code Retry} and {@code Catch} lists, with AWS's messages. */
final class RecoveryFields {
  private static final String ALL = "States.ALL";
  private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";

  /** Where problems go: an AWS diagnostic code, its message and its location. */
  interface Sink {
    void problem(String code, String message, String at);
  }

  private final Sink sink;

  RecoveryFields(Sink sink) {
    this.sink = sink;
  }

  List<Retrier> retriers(JsonNode list, String at) {
    return each(
        list,
        at,
        (node, here, errors) ->
            new Retrier(
                errors,
                number(node, "IntervalSeconds", here, 1, true, Retrier.DEFAULT_INTERVAL_SECONDS),
                (int) number(node, "MaxAttempts", here, 0, true, Retrier.DEFAULT_MAX_ATTEMPTS),
                number(node, "BackoffRate", here, 1, false, Retrier.DEFAULT_BACKOFF_RATE),
                node.has("MaxDelaySeconds")
                    ? (int) number(node, "MaxDelaySeconds", here, 1, true, 0)
                    : null,
                jitter(node, here)));
  }

  List<Catcher> catchers(JsonNode list, String at) {
    return each(
        list,
        at,
        (node, here, errors) -> {
          JsonNode next = node.get("Next");
          if (next == null || !next.isTextual()) {
            sink.problem(SCHEMA, "These fields are required: [Next]", here);
          }
          JsonNode resultPath = node.get("ResultPath");
          String path = resultPath == null ? "$" : resultPath.isNull() ? null : resultPath.asText();
          return new Catcher(errors, next == null ? null : next.asText(), path, node);
        });
  }

  /** Reads one entry of a Retry or Catch list, given its checked {@code ErrorEquals}. */
  private interface Entry<T> {
    T read(JsonNode node, String here, List<String> errors);
  }

  /** Reads each entry of a Retry or Catch list; a missing or null list has none. */
  private <T> List<T> each(JsonNode list, String at, Entry<T> entry) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      sink.problem(SCHEMA, "Expected value of type: Array", at);
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String here = at + "[" + i + "]";
      JsonNode node = list.get(i);
      out.add(entry.read(node, here, errorEquals(node, here, i == list.size() - 1)));
    }
    return out;
  }

  private List<String> errorEquals(JsonNode node, String at, boolean last) {
    JsonNode list = node.get("ErrorEquals");
    if (list == null || !list.isArray()) {
      sink.problem(SCHEMA, "These fields are required: [ErrorEquals]", at);
      return List.of();
    }
    if (list.isEmpty()) {
      sink.problem(SCHEMA, "ErrorEquals must have at least one element", at + "/ErrorEquals");
    }
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String error = list.get(i).asText();
      errors.add(error);
      if (error.equals(ALL) && (list.size() > 1 || !last)) {
        sink.problem(
            SCHEMA,
            "States.ALL must appear alone and at end of list",
            at + "/ErrorEquals[" + i + "]");
      }
    }
    return List.copyOf(errors);
  }

  private double number(
      JsonNode node, String field, String at, double minimum, boolean integer, double fallback) {
    JsonNode value = node.get(field);
    if (value == null) {
      return fallback;
    }
    if (!value.isNumber() || (integer && !value.isIntegralNumber())) {
      sink.problem(
          SCHEMA, "Expected value of type: " + (integer ? "Integer" : "Number"), at + "/" + field);
      return fallback;
    }
    if (value.asDouble() < minimum) {
      String bound = integer ? String.valueOf((long) minimum) : String.valueOf(minimum);
      sink.problem(
          SCHEMA, "Value is less than the minimum allowed value: " + bound, at + "/" + field);
    }
    return value.asDouble();
  }

  private String jitter(JsonNode node, String at) {
    JsonNode value = node.get("JitterStrategy");
    if (value == null) {
      return "NONE";
    }
    String text = value.asText();
    if (!text.equals("FULL") && !text.equals("NONE")) {
      sink.problem(
          SCHEMA, "Value is not a valid enum value: \"" + text + "\"", at + "/JitterStrategy");
    }
    return text;
  }
}
