package dev.sluice.core.workflows;

/**
 * Where one scope of a running standard execution stands, kept beside its history so that a
 * restarted node continues exactly there. The root scope is {@code ""}; a Parallel branch or Map
 * iteration has a scope derived from its parent's (the engine names them).
 *
 * @param scope the scope's name, unique within the execution
 * @param state the state the scope is in
 * @param input the state's input JSON text
 * @param enteredEventId the id of the event that entered the state
 * @param data the engine's own JSON text for this scope (retry counts, due times, variables, ...)
 */
public record ExecutionFrame(
    String scope, String state, String input, long enteredEventId, String data) {}
