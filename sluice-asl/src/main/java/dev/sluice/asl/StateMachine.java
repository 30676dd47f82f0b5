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
 * @param dataflow each state's query language, Assign and JSONata fields, by state name
 */
public record StateMachine(
    String startAt,
    Map<String, State> states,
    String comment,
    Integer timeoutSeconds,
    String queryLanguage,
    Map<String, Dataflow> dataflow) {

  /** A machine whose states all use {@code queryLanguage} and assign nothing. */
  public StateMachine(
      String startAt,
      Map<String, State> states,
      String comment,
      Integer timeoutSeconds,
      String queryLanguage) {
    this(startAt, states, comment, timeoutSeconds, queryLanguage, Map.of());
  }

  /** How data flows through state {@code name}. */
  public Dataflow dataflow(String name) {
    Dataflow flow = dataflow.get(name);
    return flow != null ? flow : Dataflow.plain(queryLanguage);
  }

  /** The state called {@code name}, or null. */
  public State state(String name) {
    return states.get(name);
  }
}
