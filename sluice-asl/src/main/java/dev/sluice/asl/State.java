package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One state of a state machine, as its definition declares it (JSONPath query language). */
public sealed interface State {

  /** The state's name inside its machine. */
  String name();

  /**
   * Where a state goes next: {@code next} is null exactly when {@code end} is true.
   *
   * @param next the next state's name
   * @param end whether the state ends the machine
   */
  record Transition(String next, boolean end) {}

  /**
   * The paths of a state; a path is null when the definition set it to JSON null (which selects an
   * empty object for input and output, and discards the result for ResultPath).
   */
  record Paths(String inputPath, String resultPath, String outputPath) {
    /** The paths of a state that declares none. */
    public static final Paths DEFAULT = new Paths("$", "$", "$");
  }

  /** Pass: copies input to output, optionally injecting {@code result}. */
  record Pass(String name, Transition transition, Paths paths, JsonNode parameters, JsonNode result)
      implements State {}

  /** Task: runs a resource; the caller does the work. */
  record Task(
      String name,
      Transition transition,
      Paths paths,
      String resource,
      JsonNode parameters,
      JsonNode resultSelector,
      List<Retrier> retry,
      List<Catcher> catchers,
      TaskTimeouts timeouts)
      implements State {}

  /**
   * A Task's timeouts as written: a literal (a number, or a JSONata string) or a path, each null
   * when absent.
   */
  record TaskTimeouts(
      JsonNode timeoutSeconds,
      String timeoutSecondsPath,
      JsonNode heartbeatSeconds,
      String heartbeatSecondsPath) {
    /** A Task without timeouts. */
    public static final TaskTimeouts NONE = new TaskTimeouts(null, null, null, null);
  }

  /** Choice: the first matching rule decides the next state, else {@code defaultState}. */
  record Choice(String name, Paths paths, List<JsonNode> choices, String defaultState)
      implements State {}

  /** Wait: delays for a time given in exactly one of its four fields. */
  record Wait(
      String name,
      Transition transition,
      Paths paths,
      Long seconds,
      String secondsPath,
      String timestamp,
      String timestampPath)
      implements State {}

  /** Succeed: ends the machine successfully. */
  record Succeed(String name, Paths paths) implements State {}

  /** Fail: ends the machine with an error and a cause. */
  record Fail(String name, String error, String errorPath, String cause, String causePath)
      implements State {}

  /** Parallel: runs every branch on the same input. */
  record Parallel(
      String name,
      Transition transition,
      Paths paths,
      List<StateMachine> branches,
      JsonNode parameters,
      JsonNode resultSelector,
      List<Retrier> retry,
      List<Catcher> catchers)
      implements State {}

  /**
   * The Map fields that may name a path into the input: MaxConcurrencyPath and the tolerated
   * failure thresholds (each null when absent).
   */
  record Tolerance(
      String maxConcurrencyPath,
      JsonNode toleratedFailureCount,
      String toleratedFailureCountPath,
      JsonNode toleratedFailurePercentage,
      String toleratedFailurePercentagePath) {}

  /** Map: runs {@code processor} once per item. */
  record MapState(
      String name,
      Transition transition,
      Paths paths,
      StateMachine processor,
      String itemsPath,
      JsonNode itemSelector,
      JsonNode resultSelector,
      Integer maxConcurrency,
      Tolerance tolerance,
      List<Retrier> retry,
      List<Catcher> catchers)
      implements State {}
}
