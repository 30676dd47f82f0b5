package dev.sluice.core.workflows;

/**
 * ListExecutions' input.
 *
 * @param source the machine's ARN, or a version's or an alias's
 * @param status only executions with this status; null for all
 */
public record ExecutionQuery(String source, ExecutionStatus status, PageRequest page) {}
