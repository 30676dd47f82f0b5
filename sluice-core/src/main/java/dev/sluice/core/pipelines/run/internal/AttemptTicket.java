package dev.sluice.core.pipelines.run.internal;

/**
 * The payload of a RUN_ATTEMPT event: the attempt, its generation, and the task id it had when the
 * event was made (a stale event, made before the attempt was handed out again, is ignored).
 */
public record AttemptTicket(String attemptId, int generation, String taskId) {}
