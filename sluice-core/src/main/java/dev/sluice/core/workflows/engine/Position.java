package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.ExecutionFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scope's position, the in-memory form of an {@link ExecutionFrame}.
 *
 * @param state the current state
 * @param input its input
 * @param entered the event id that entered it (0 before it is entered)
 * @param phase see {@link Phase}
 * @param attempts retries used per retrier
 * @param due when a wait or retry ends, or null
 * @param variables the scope's variables
 * @param token the task token the state waits on, or null
 * @param submitted what a {@code .sync} task recorded when it started the work it waits for (its
 *     TaskSubmitted output), or null: a resumed task waits for that work instead of starting more
 * @param result a finished scope's output, or null
 * @param error a finished scope's error, or null (with {@code cause})
 * @param cause a finished scope's cause
 * @param last the scope's last event id
 */
record Position(
    String state,
    JsonNode input,
    long entered,
    Phase phase,
    List<Integer> attempts,
    Instant due,
    ObjectNode variables,
    String token,
    JsonNode submitted,
    JsonNode result,
    String error,
    String cause,
    long last) {

  static Position enter(String state, JsonNode input, ObjectNode variables, long last) {
    return new Position(
        state,
        input,
        0,
        Phase.ENTER,
        List.of(),
        null,
        variables,
        null,
        null,
        null,
        null,
        null,
        last);
  }

  Position active(long enteredId, Instant dueAt, String taskToken, long lastId) {
    return new Position(
        state,
        input,
        enteredId,
        Phase.ACTIVE,
        attempts,
        dueAt,
        variables,
        taskToken,
        null,
        null,
        null,
        null,
        lastId);
  }

  /** This active position, recording what a {@code .sync} task submitted. */
  Position submitted(JsonNode output) {
    return new Position(
        state, input, entered, phase, attempts, due, variables, token, output, result, error, cause,
        last);
  }

  Position retrying(List<Integer> used, Instant dueAt, long lastId) {
    return new Position(
        state,
        input,
        entered,
        Phase.RETRY,
        used,
        dueAt,
        variables,
        null,
        null,
        null,
        null,
        null,
        lastId);
  }

  Position done(JsonNode output, String failedWith, String failureCause, long lastId) {
    return new Position(
        state,
        input,
        entered,
        Phase.DONE,
        attempts,
        null,
        variables,
        null,
        null,
        output,
        failedWith,
        failureCause,
        lastId);
  }

  ExecutionFrame frame(String scope) {
    ObjectNode data = Json.object();
    data.put("phase", phase.name());
    data.put("last", last);
    ArrayNode used = data.putArray("attempts");
    attempts.forEach(used::add);
    if (due != null) {
      data.put("due", due.toString());
    }
    if (variables != null && !variables.isEmpty()) {
      data.set("variables", variables);
    }
    if (token != null) {
      data.put("token", token);
    }
    if (submitted != null) {
      data.set("submitted", submitted);
    }
    if (result != null) {
      data.set("result", result);
    }
    if (error != null) {
      data.put("error", error);
    }
    if (cause != null) {
      data.put("cause", cause);
    }
    return new ExecutionFrame(scope, state, Json.write(input), entered, Json.write(data));
  }

  static Position of(ExecutionFrame frame) {
    JsonNode data = Json.read(frame.data());
    List<Integer> used = new ArrayList<>();
    data.path("attempts").forEach(n -> used.add(n.asInt()));
    return new Position(
        frame.state(),
        Json.read(frame.input()),
        frame.enteredEventId(),
        Phase.valueOf(data.path("phase").asText()),
        List.copyOf(used),
        data.hasNonNull("due") ? Instant.parse(data.get("due").asText()) : null,
        data.has("variables") ? (ObjectNode) data.get("variables") : Json.object(),
        data.hasNonNull("token") ? data.get("token").asText() : null,
        data.hasNonNull("submitted") ? data.get("submitted") : null,
        data.get("result"),
        data.hasNonNull("error") ? data.get("error").asText() : null,
        data.hasNonNull("cause") ? data.get("cause").asText() : null,
        data.path("last").asLong());
  }
}
