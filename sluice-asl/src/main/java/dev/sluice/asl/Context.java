package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a state can see beyond its input.
 *
 * @param contextObject the {@code $$} object (Execution, State, StateMachine, Task, Map)
 * @param entropy randomness for States.MathRandom and States.UUID
 * @param enteredEventId the history event id at which the state was entered (AWS names it in
 *     runtime error causes)
 * @param variables every variable visible to the state, by name (never null, may be empty)
 */
public record Context(
    JsonNode contextObject, Entropy entropy, long enteredEventId, ObjectNode variables) {

  /** A context in which no variable is visible. */
  public Context(JsonNode contextObject, Entropy entropy, long enteredEventId) {
    this(contextObject, entropy, enteredEventId, JsonNodeFactory.instance.objectNode());
  }

  public Context {
    if (variables == null) {
      variables = JsonNodeFactory.instance.objectNode();
    }
  }
}
