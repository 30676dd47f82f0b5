package dev.sluice.core.pipelines;

/** SetTaskStatus' input; {@code taskStatus} is FINISHED, FAILED or FALSE. */
public record TaskStatusInput(
    String taskId,
    String taskStatus,
    String errorId,
    String errorMessage,
    String errorStackTrace) {}
