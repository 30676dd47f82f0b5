package dev.sluice.asl;

import java.util.Map;

/**
 * A parsed state machine (or a Parallel branch or Map processor).
 *
 * @param startAt the first state's name
 * @param states the states by name, in definition order
 * @param comment the optional comment
 * @param timeoutSeconds the optional execution timeout
 * @param queryLanguage {@code JSONPath} (default) or {@code JSONata}
 */
public record StateMachine(
    String startAt,
    Map<String, State> states,
    String comment,
    Integer timeoutSeconds,
    String queryLanguage) {

  /** The state called {@code name}, or null. */
  public State state(String name) {
    return states.get(name);
  }
}
