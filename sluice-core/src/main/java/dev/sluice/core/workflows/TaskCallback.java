package dev.sluice.core.workflows;

import java.time.Instant;

/**
 * A task waiting for a worker's answer: a {@code .waitForTaskToken} integration or an activity.
 *
 * @param token the task token handed out
 * @param executionArn the execution waiting
 * @param scope the waiting scope (see {@link ExecutionFrame})
 * @param activityArn the activity whose workers may take it, null for task-token integrations
 * @param input the task's input JSON text (what GetActivityTask returns)
 * @param created when the task was scheduled
 * @param worker the worker that took it (activities), or null
 * @param outcome null while waiting; then the answer's JSON text ({@code {"output":…}} or {@code
 *     {"error":…,"cause":…}}), written once
 */
public record TaskCallback(
    String token,
    String executionArn,
    String scope,
    String activityArn,
    String input,
    Instant created,
    String worker,
    String outcome) {}
