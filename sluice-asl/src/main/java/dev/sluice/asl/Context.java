package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a state can see beyond its input.
 *
 * @param contextObject the {@code $$} object (Execution, State, StateMachine, Task, Map)
 * @param entropy randomness for States.MathRandom and States.UUID
 * @param enteredEventId the history event id at which the state was entered (AWS names it in
 *     runtime error causes)
 */
public record Context(JsonNode contextObject, Entropy entropy, long enteredEventId) {}
