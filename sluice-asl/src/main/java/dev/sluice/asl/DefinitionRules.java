package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks AWS makes beyond a state's own fields: reachability, Catch targets, unique state
 * names, QueryLanguage downgrades, Credentials, mutually exclusive fields and what EXPRESS machines
 * may not use. Works on the definition's JSON, so it holds for both query languages.
 */
final class DefinitionRules {
  private static final String SCHEMA = "SCHEMA_VALIDATION_FAILED";
  private static final String TARGET = "MISSING_TRANSITION_TARGET";
  private static final List<String> TASK_ONLY =
      List.of("TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath");
  private static final Set<String> RECOVERING = Set.of("Task", "Parallel", "Map");
  private static final Pattern ACTIVITY =
      Pattern.compile("arn:aws[a-z-]*:states:[^:]*:[^:]*:activity:.+");

  private final boolean express;
  private final boolean jsonataMachine;
  private final Set<String> names = new HashSet<>();
  private final List<Diagnostic> found = new ArrayList<>();

  private DefinitionRules(boolean express, boolean jsonataMachine) {
    this.express = express;
    this.jsonataMachine = jsonataMachine;
  }

  static List<Diagnostic> check(JsonNode definition, boolean express) {
    boolean jsonata = "JSONata".equals(definition.path("QueryLanguage").asText());
    DefinitionRules rules = new DefinitionRules(express, jsonata);
    rules.machine(definition, "");
    return rules.found;
  }

  private void machine(JsonNode machine, String at) {
    JsonNode states = machine.path("States");
    if (!states.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      String here = at + "/States/" + entry.getKey();
      if (!names.add(entry.getKey())) {
        found.add(
            Diagnostic.error(
                "DUPLICATE_STATE_NAME", here, "Duplicate State name: " + entry.getKey()));
      }
      if (entry.getValue().isObject()) {
        state(entry.getValue(), here, states);
      }
    }
    String start = machine.path("StartAt").asText(null);
    if (start == null || !states.has(start)) {
      return; // the schema problem is reported already; graph checks need a start
    }
    reachability(start, states, at);
    if (!hasTerminal(states)) {
      found.add(Diagnostic.error("MISSING_END_STATE", null, "Workflow has no terminal state"));
    }
  }

  private static boolean hasTerminal(JsonNode states) {
    for (JsonNode state : states) {
      String type = state.path("Type").asText();
      if (type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  private void state(JsonNode state, String at, JsonNode siblings) {
    catchTargets(state, at, siblings);
    supported(state, at);
    exclusive(state, at, "Error", "ErrorPath");
    exclusive(state, at, "Cause", "CausePath");
    exclusive(state, at, "TimeoutSeconds", "TimeoutSecondsPath");
    exclusive(state, at, "HeartbeatSeconds", "HeartbeatSecondsPath");
    String type = state.path("Type").asText();
    if (type.equals("Choice") && !state.has("Choices")) {
      found.add(Diagnostic.error(SCHEMA, at, "These fields are required: [Choices]"));
    }
    if (type.equals("Task")) {
      task(state, at);
    }
    JsonNode branches = state.path("Branches");
    for (int i = 0; i < branches.size(); i++) {
      machine(branches.get(i), at + "/Branches[" + i + "]");
    }
    JsonNode processor =
        state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator");
    if (processor != null && processor.isObject()) {
      String here = at + (state.has("ItemProcessor") ? "/ItemProcessor" : "/Iterator");
      if (processor.has("QueryLanguage")) {
        found.add(Diagnostic.error(SCHEMA, here, "Field 'QueryLanguage' is not supported"));
      }
      machine(processor, here);
    }
  }

  /** Fields a state's type or query language does not allow. */
  private void supported(JsonNode state, String at) {
    String type = state.path("Type").asText();
    for (String field : TASK_ONLY) {
      if (state.has(field) && !type.equals("Task")) {
        notSupported(field, at);
      }
    }
    for (String field : List.of("Retry", "Catch")) {
      if (state.has(field) && !RECOVERING.contains(type)) {
        notSupported(field, at);
      }
    }
  }

  private void notSupported(String field, String at) {
    found.add(Diagnostic.error(SCHEMA, at, "Field '" + field + "' is not supported"));
  }

  private void task(JsonNode state, String at) {
    JsonNode credentials = state.get("Credentials");
    if (credentials != null
        && credentials.isObject()
        && !credentials.has("RoleArn")
        && !credentials.has("RoleArn.$")) {
      found.add(
          Diagnostic.error(
              SCHEMA, at + "/Credentials", "The field 'RoleArn' is required but was missing"));
    }
    String resource = state.path("Resource").asText();
    if (!express) {
      return;
    }
    String problem = null;
    if (resource.endsWith(".waitForTaskToken")) {
      problem = "Express state machine does not support '.waitForTaskToken' service integration ";
    } else if (resource.endsWith(".sync") || resource.contains(".sync:")) {
      problem = "Express state machine does not support '.sync' service integration";
    } else if (ACTIVITY.matcher(resource).matches()) {
      problem = "Express state machine does not support Activity ARN";
    }
    if (problem != null) {
      found.add(Diagnostic.error(SCHEMA, at + "/Resource", problem));
    }
  }

  private void exclusive(JsonNode state, String at, String one, String other) {
    if (state.has(one) && state.has(other)) {
      found.add(
          Diagnostic.error(
              SCHEMA,
              at,
              "These fields cannot be specified together: [" + one + ", " + other + "]"));
    }
  }

  private void catchTargets(JsonNode state, String at, JsonNode siblings) {
    JsonNode catchers = state.path("Catch");
    for (int i = 0; i < catchers.size(); i++) {
      JsonNode next = catchers.get(i).get("Next");
      if (next != null && next.isTextual() && !siblings.has(next.asText())) {
        found.add(
            Diagnostic.error(
                TARGET, at + "/Catch[" + i + "]/Next", "Missing 'Next' target: " + next.asText()));
      }
    }
  }

  private void reachability(String start, JsonNode states, String at) {
    Set<String> reached = Transitions.reachable(start, states);
    for (Map.Entry<String, JsonNode> entry : states.properties()) {
      if (!reached.contains(entry.getKey())) {
        found.add(
            Diagnostic.error(
                TARGET,
                at + "/States/" + entry.getKey(),
                "State \"" + entry.getKey() + "\" is not reachable."));
      }
    }
  }
}
