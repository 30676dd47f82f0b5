package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.JsonataExpression;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.StateFailure;

/**
 * A Task state's timeouts for one run, resolved from TimeoutSeconds(Path) and
 * HeartbeatSeconds(Path); in a JSONata state TimeoutSeconds and HeartbeatSeconds may be {@code {%
 * ... %}} expressions over {@code $states.input}, {@code $states.context} and the variables.
 *
 * @param timeoutSeconds the task's timeout, or null when the state sets none
 * @param heartbeatSeconds the heartbeat timeout, or null when the state sets none
 * @param failure the States.Runtime failure AWS reports when a path does not resolve to a positive
 *     integer, or the States.QueryEvaluationError of an expression that fails or does not return
 *     one (both values are then null), else null
 */
public record Timeouts(Integer timeoutSeconds, Integer heartbeatSeconds, Step.Failed failure) {

  /** Timeouts that resolved. */
  public Timeouts(Integer timeoutSeconds, Integer heartbeatSeconds) {
    this(timeoutSeconds, heartbeatSeconds, null);
  }

  /**
   * The timeouts of {@code state} on {@code input}; none for states other than Task. A {@code {%
   * ... %}} string is evaluated as JSONata: only a JSONata state can hold one (a JSONPath state's
   * TimeoutSeconds and HeartbeatSeconds are numbers).
   */
  public static Timeouts of(State state, JsonNode input, Context context) {
    if (!(state instanceof State.Task task)) {
      return new Timeouts(null, null);
    }
    State.TaskTimeouts fields = task.timeouts();
    Paths paths = Paths.of(input, context);
    JsonataEvaluator evaluator =
        JsonataExpression.is(fields.timeoutSeconds())
                || JsonataExpression.is(fields.heartbeatSeconds())
            ? JsonataStates.evaluator(input, null, null, context.contextObject(), context)
            : null;
    try {
      return new Timeouts(
          seconds(
              fields.timeoutSeconds(),
              fields.timeoutSecondsPath(),
              "TimeoutSeconds",
              paths,
              evaluator),
          seconds(
              fields.heartbeatSeconds(),
              fields.heartbeatSecondsPath(),
              "HeartbeatSeconds",
              paths,
              evaluator));
    } catch (StateFailure failure) {
      return new Timeouts(null, null, Interpreter.failed(task.name(), context, failure));
    }
  }

  private static Integer seconds(
      JsonNode literal, String path, String name, Paths paths, JsonataEvaluator evaluator) {
    if (path != null) {
      String field = name + "Path";
      JsonNode value = paths.select(path);
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() <= 0) {
        String text = value.isTextual() ? value.asText() : value.toString();
        throw new StateFailure(
            "States.Runtime",
            "The "
                + field
                + " field refers to value \""
                + text
                + "\" which is not a valid"
                + " positive integer: "
                + path);
      }
      return value.asInt();
    }
    return JsonataNumbers.integer(literal, name, 1, evaluator);
  }
}
