package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.State;
import dev.sluice.core.workflows.HistoryEvent;
import java.time.Instant;

/** Builds history events with the types and detail members Step Functions uses. */
final class Events {
  private Events() {}

  static HistoryEvent of(long id, long previous, Instant at, String type) {
    return new HistoryEvent(id, previous, at, type, null, null);
  }

  static HistoryEvent of(
      long id, long previous, Instant at, String type, String detailsKey, ObjectNode details) {
    return new HistoryEvent(id, previous, at, type, detailsKey, details);
  }

  /** {@code <Kind>StateEntered} with the state's name and input. */
  static ObjectNode entered(String name, JsonNode input) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("input", Json.write(input));
    details.putObject("inputDetails").put("truncated", false);
    return details;
  }

  /** {@code <Kind>StateExited} with the state's name, output and any assigned variables. */
  static ObjectNode exited(String name, JsonNode output, ObjectNode assigned) {
    ObjectNode details = Json.object();
    details.put("name", name);
    details.put("output", Json.write(output));
    details.putObject("outputDetails").put("truncated", false);
    if (assigned != null && !assigned.isEmpty()) {
      ObjectNode variables = details.putObject("assignedVariables");
      assigned.properties().forEach(e -> variables.put(e.getKey(), Json.write(e.getValue())));
      details.putObject("assignedVariablesDetails").put("truncated", false);
    }
    return details;
  }

  /** Details carrying {@code output} and {@code outputDetails}. */
  static ObjectNode output(JsonNode output) {
    ObjectNode details = Json.object();
    details.put("output", Json.write(output));
    details.putObject("outputDetails").put("truncated", false);
    return details;
  }

  /** Details carrying an error and a cause (either may be null; AWS leaves an empty cause out). */
  static ObjectNode failure(String error, String cause) {
    ObjectNode details = Json.object();
    if (error != null) {
      details.put("error", error);
    }
    if (cause != null && !cause.isEmpty()) {
      details.put("cause", cause);
    }
    return details;
  }

  /** The event-type prefix of a state: {@code Pass}, {@code Task}, {@code Map}, ... */
  static String kind(State state) {
    return switch (state) {
      case State.Pass s -> "Pass";
      case State.Task s -> "Task";
      case State.Choice s -> "Choice";
      case State.Wait s -> "Wait";
      case State.Succeed s -> "Succeed";
      case State.Fail s -> "Fail";
      case State.Parallel s -> "Parallel";
      case State.MapState s -> "Map";
    };
  }
}
