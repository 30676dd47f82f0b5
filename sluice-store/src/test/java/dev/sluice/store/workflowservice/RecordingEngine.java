package dev.sluice.store.workflowservice;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.workflows.ExecutionEngine;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An engine that runs nothing: it stores standard executions with their ExecutionStarted event (as
 * the real engine does), ends them when a test says so, and records what it was asked.
 */
final class RecordingEngine implements ExecutionEngine {
  final List<ExecutionRecord> started = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  private final WorkflowStore store;
  private final Clock clock;

  RecordingEngine(WorkflowStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public ExecutionRecord start(ExecutionRecord execution) {
    started.add(execution);
    var details = JsonNodeFactory.instance.objectNode().put("input", execution.input());
    details.putObject("inputDetails").put("truncated", false);
    details.put("roleArn", execution.roleArn());
    var event =
        new HistoryEvent(
            1, 0, execution.started(), "ExecutionStarted", "executionStartedEventDetails", details);
    return store.insertExecution(execution, List.of(event), List.of());
  }

  @Override
  public ExecutionRecord startExpress(ExecutionRecord execution, boolean synchronous) {
    started.add(execution);
    calls.add("startExpress " + synchronous);
    return synchronous
        ? execution.ended(ExecutionStatus.SUCCEEDED, execution.input(), null, null, clock.now())
        : execution;
  }

  /** Ends a stored execution as the engine would, with its last event. */
  ExecutionRecord end(String arn, ExecutionStatus status, String output) {
    var running = store.findExecution(arn).orElseThrow();
    var ended = running.ended(status, output, null, null, clock.now());
    long last = store.lastEventId(arn);
    var event =
        new HistoryEvent(last + 1, last, clock.now(), "Execution" + label(status), null, null);
    store.progress(new Progress(arn, List.of(event), List.of(), List.of(), List.of(), ended));
    return ended;
  }

  private static String label(ExecutionStatus status) {
    return switch (status) {
      case SUCCEEDED -> "Succeeded";
      case ABORTED -> "Aborted";
      case TIMED_OUT -> "TimedOut";
      default -> "Failed";
    };
  }

  @Override
  public Result<ExecutionRecord> stop(String executionArn, String error, String cause) {
    calls.add("stop " + executionArn + " " + error + " " + cause);
    return Result.ok(end(executionArn, ExecutionStatus.ABORTED, null));
  }

  @Override
  public Result<ExecutionRecord> redrive(String executionArn) {
    calls.add("redrive " + executionArn);
    return Result.err(
        Failure.of("ExecutionNotRedrivable", 400, "Execution is RUNNING and cannot be redriven"));
  }

  @Override
  public Result<Void> succeedTask(String token, String output) {
    calls.add("succeed " + token + " " + output);
    return Result.ok(null);
  }

  @Override
  public Result<Void> failTask(String token, String error, String cause) {
    calls.add("fail " + token + " " + error + " " + cause);
    return Result.ok(null);
  }

  @Override
  public Result<Void> heartbeat(String token) {
    calls.add("heartbeat " + token);
    return Result.err(Failure.of("TaskDoesNotExist", 400, "Task Does Not Exist"));
  }

  @Override
  public Optional<TaskCallback> pollActivity(String activityArn, String worker, Duration wait) {
    calls.add("poll " + activityArn + " " + worker + " " + wait);
    return store.takeActivityTask(activityArn, worker);
  }
}
