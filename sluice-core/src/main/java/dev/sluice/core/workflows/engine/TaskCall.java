package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call of a Task state.
 *
 * @param resource the parsed resource
 * @param parameters the effective parameters (Parameters/Arguments evaluated)
 * @param timeoutSeconds the task's timeout, or null
 * @param region the execution's region
 * @param account the execution's account
 * @param executionArn the calling execution
 * @param submitted records what a {@code .sync} call answered when it started the work it then
 *     waits for (the TaskSubmitted event)
 */
public record TaskCall(
    TaskResource resource,
    JsonNode parameters,
    Integer timeoutSeconds,
    String region,
    String account,
    String executionArn,
    java.util.function.Consumer<JsonNode> submitted) {}
