package dev.sluice.core.workflows;

/**
 * GetExecutionHistory's input.
 *
 * @param reverse newest event first
 * @param includeData false strips inputs and outputs from the events' details
 */
public record HistoryQuery(
    String executionArn, boolean reverse, boolean includeData, PageRequest page) {}
