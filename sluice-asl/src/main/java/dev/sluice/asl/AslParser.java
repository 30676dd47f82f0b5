package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses and checks an ASL definition; problems are reported as AWS words them. */
public final class AslParser {
  private static final List<String> JSONATA_ONLY = List.of("Output", "Arguments", "Items");
  private static final List<String> JSONPATH_ONLY =
      List.of(
          "InputPath",
          "OutputPath",
          "ResultPath",
          "ResultSelector",
          "Parameters",
          "Result",
          "ItemsPath",
          "MaxConcurrencyPath");

  private final List<String> problems = new ArrayList<>();
  private String topLanguage = Dataflow.JSONPATH;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final RecoveryFields recovery = new RecoveryFields(this::problem);

  private AslParser() {}

  /** Parses {@code definition} (the JSON object of a state machine). */
  public static Parsed parse(JsonNode definition) {
    AslParser parser = new AslParser();
    StateMachine machine = parser.top(definition);
    return parser.problems.isEmpty()
        ? new Parsed.Valid(machine)
        : new Parsed.Invalid(parser.problems);
  }

  /** The problems of {@code definition} as diagnostics (empty when it is valid). */
  static List<Diagnostic> diagnose(JsonNode definition) {
    AslParser parser = new AslParser();
    parser.top(definition);
    return parser.diagnostics;
  }

  private StateMachine top(JsonNode definition) {
    if (definition.isObject()) {
      topLanguage = definition.path("QueryLanguage").asText(Dataflow.JSONPATH);
    }
    return machine(definition, "");
  }

  private StateMachine machine(JsonNode node, String at) {
    if (!node.isObject()) {
      problem("SCHEMA_VALIDATION_FAILED", "Expected an object", at.isEmpty() ? "/" : at);
      return null;
    }
    String startAt = text(node, "StartAt");
    List<String> missing = new ArrayList<>();
    if (!node.path("States").isObject()) {
      missing.add("States");
    }
    if (startAt == null) {
      missing.add("StartAt");
    }
    if (!missing.isEmpty()) {
      problem(
          "SCHEMA_VALIDATION_FAILED",
          "These fields are required: [" + String.join(", ", missing) + "]",
          at.isEmpty() ? "/" : at);
    }
    Map<String, State> states = new LinkedHashMap<>();
    Map<String, Dataflow> dataflow = new LinkedHashMap<>();
    JsonNode stateNodes = node.path("States");
    stateNodes
        .properties()
        .forEach(
            e -> {
              String stateAt = at + "/States/" + e.getKey();
              dataflow.put(e.getKey(), dataflow(e.getValue(), stateAt));
              states.put(e.getKey(), state(e.getKey(), e.getValue(), stateAt));
            });
    if (startAt != null && stateNodes.isObject() && !states.containsKey(startAt)) {
      problem(
          "MISSING_TRANSITION_TARGET",
          "State \"" + startAt + "\" is not reachable",
          at + "/StartAt");
    }
    for (State state : states.values()) {
      checkTargets(state, states, at + "/States/" + state.name());
    }
    Integer timeout = node.has("TimeoutSeconds") ? node.get("TimeoutSeconds").asInt() : null;
    return new StateMachine(startAt, states, text(node, "Comment"), timeout, topLanguage, dataflow);
  }

  private Dataflow dataflow(JsonNode node, String at) {
    String language = node.path("QueryLanguage").asText(topLanguage);
    if (topLanguage.equals(Dataflow.JSONATA) && language.equals(Dataflow.JSONPATH)) {
      problem(
          "SCHEMA_VALIDATION_FAILED",
          "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine",
          at);
    } else {
      checkFieldLanguage(node, language, at);
    }
    return new Dataflow(
        language,
        node.get("Assign"),
        node.get("Output"),
        node.get("Arguments"),
        node.get("Items"),
        node);
  }

  /** A field of the other query language is refused at the state's path. */
  private void checkFieldLanguage(JsonNode node, String language, String at) {
    boolean jsonata = language.equals(Dataflow.JSONATA);
    List<String> foreign = jsonata ? JSONPATH_ONLY : JSONATA_ONLY;
    for (String field : foreign) {
      if (node.has(field)) {
        problem(
            "SCHEMA_VALIDATION_FAILED",
            "The QueryLanguage is set to '"
                + language
                + "', but field '"
                + field
                + "' is only supported for the '"
                + (jsonata ? Dataflow.JSONPATH : Dataflow.JSONATA)
                + "' QueryLanguage",
            at);
      }
    }
  }

  private void checkTargets(State state, Map<String, State> states, String at) {
    List<String> targets = new ArrayList<>();
    switch (state) {
      case State.Pass s -> targets.add(s.transition().next());
      case State.Task s -> targets.add(s.transition().next());
      case State.Wait s -> targets.add(s.transition().next());
      case State.Parallel s -> targets.add(s.transition().next());
      case State.MapState s -> targets.add(s.transition().next());
      case State.Choice s -> {
        targets.add(s.defaultState());
        s.choices().forEach(c -> targets.add(text(c, "Next")));
      }
      case State.Succeed s -> {}
      case State.Fail s -> {}
    }
    for (String target : targets) {
      if (target != null && !states.containsKey(target)) {
        problem("MISSING_TRANSITION_TARGET", "Missing 'Next' target: " + target, at + "/Next");
      }
    }
  }

  private State state(String name, JsonNode node, String at) {
    String type = text(node, "Type");
    State.Paths paths = paths(node);
    State.Transition transition =
        new State.Transition(text(node, "Next"), node.path("End").asBoolean(false));
    if (type == null) {
      problem("SCHEMA_VALIDATION_FAILED", "These fields are required: [Type]", at);
      return new State.Succeed(name, paths);
    }
    return switch (type) {
      case "Pass" ->
          new State.Pass(name, transition, paths, node.get("Parameters"), node.get("Result"));
      case "Task" ->
          new State.Task(
              name,
              transition,
              paths,
              text(node, "Resource"),
              node.get("Parameters"),
              node.get("ResultSelector"),
              recovery.retriers(node.get("Retry"), at + "/Retry"),
              recovery.catchers(node.get("Catch"), at + "/Catch"),
              new State.TaskTimeouts(
                  node.get("TimeoutSeconds"),
                  text(node, "TimeoutSecondsPath"),
                  node.get("HeartbeatSeconds"),
                  text(node, "HeartbeatSecondsPath")));
      case "Choice" -> {
        List<JsonNode> choices = new ArrayList<>();
        node.path("Choices").forEach(choices::add);
        yield new State.Choice(name, paths, choices, text(node, "Default"));
      }
      case "Wait" -> wait(name, node, transition, paths, at);
      case "Succeed" -> new State.Succeed(name, paths);
      case "Fail" ->
          new State.Fail(
              name,
              text(node, "Error"),
              text(node, "ErrorPath"),
              text(node, "Cause"),
              text(node, "CausePath"));
      case "Parallel" -> {
        List<StateMachine> branches = new ArrayList<>();
        JsonNode list = node.path("Branches");
        for (int i = 0; i < list.size(); i++) {
          branches.add(machine(list.get(i), at + "/Branches[" + i + "]"));
        }
        yield new State.Parallel(
            name,
            transition,
            paths,
            branches,
            node.get("Parameters"),
            node.get("ResultSelector"),
            recovery.retriers(node.get("Retry"), at + "/Retry"),
            recovery.catchers(node.get("Catch"), at + "/Catch"));
      }
      case "Map" -> {
        JsonNode processor =
            node.has("ItemProcessor") ? node.get("ItemProcessor") : node.path("Iterator");
        yield new State.MapState(
            name,
            transition,
            paths,
            machine(processor, at + "/ItemProcessor"),
            text(node, "ItemsPath"),
            node.has("ItemSelector") ? node.get("ItemSelector") : node.get("Parameters"),
            node.get("ResultSelector"),
            integer(node, "MaxConcurrency"),
            new State.Tolerance(
                text(node, "MaxConcurrencyPath"),
                node.get("ToleratedFailureCount"),
                text(node, "ToleratedFailureCountPath"),
                node.get("ToleratedFailurePercentage"),
                text(node, "ToleratedFailurePercentagePath")),
            recovery.retriers(node.get("Retry"), at + "/Retry"),
            recovery.catchers(node.get("Catch"), at + "/Catch"));
      }
      default -> {
        problem(
            "SCHEMA_VALIDATION_FAILED",
            "Value is not a valid enum value: \"" + type + "\"",
            at + "/Type");
        yield new State.Succeed(name, paths);
      }
    };
  }

  private State wait(
      String name, JsonNode node, State.Transition transition, State.Paths paths, String at) {
    String timestamp = text(node, "Timestamp");
    boolean jsonata = node.path("QueryLanguage").asText(topLanguage).equals(Dataflow.JSONATA);
    if (timestamp != null && !jsonata && !Rfc3339.valid(timestamp)) {
      problem(
          "SCHEMA_VALIDATION_FAILED", "String does not match RFC3339 timestamp", at + "/Timestamp");
    }
    return new State.Wait(
        name,
        transition,
        paths,
        node.has("Seconds") ? node.get("Seconds").asLong() : null,
        text(node, "SecondsPath"),
        timestamp,
        text(node, "TimestampPath"));
  }

  private static State.Paths paths(JsonNode node) {
    return new State.Paths(
        path(node, "InputPath"), path(node, "ResultPath"), path(node, "OutputPath"));
  }

  private static String path(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? "$" : value.isNull() ? null : value.asText();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? null : value.asInt();
  }

  private void problem(String code, String message, String at) {
    problems.add(code + ": " + message + " at " + at);
    diagnostics.add(Diagnostic.error(code, at, message));
  }
}
