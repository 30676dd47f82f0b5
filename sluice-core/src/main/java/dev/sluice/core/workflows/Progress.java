package dev.sluice.core.workflows;

import java.util.List;

/**
 * One durable step of an execution, written in one transaction: new history events, changed and
 * finished scopes, new task callbacks and, when the execution ends (or is redriven), its new
 * record.
 *
 * @param executionArn the execution
 * @param events events to append, in id order
 * @param frames frames to insert or replace (by scope)
 * @param dropped scopes that finished (their frames are deleted)
 * @param callbacks callbacks to insert
 * @param record the execution's new record (status, output, ...), or null to leave it alone
 */
public record Progress(
    String executionArn,
    List<HistoryEvent> events,
    List<ExecutionFrame> frames,
    List<String> dropped,
    List<TaskCallback> callbacks,
    ExecutionRecord record) {

  public Progress {
    events = List.copyOf(events);
    frames = List.copyOf(frames);
    dropped = List.copyOf(dropped);
    callbacks = List.copyOf(callbacks);
  }
}
