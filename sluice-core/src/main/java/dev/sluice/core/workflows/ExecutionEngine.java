package dev.sluice.core.workflows;

import dev.sluice.core.result.Result;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs executions: the control plane hands it new, stopped and redriven executions and workers'
 * answers. It owns histories: every event is written by the engine.
 */
public interface ExecutionEngine {

  /**
   * Starts a standard execution: stores it with its ExecutionStarted event and begins running it.
   * If an execution with the same ARN exists, nothing happens and the stored one is returned; the
   * caller decides whether that is idempotent success or ExecutionAlreadyExists.
   */
  ExecutionRecord start(ExecutionRecord execution);

  /**
   * Runs an express execution in memory. Synchronous: returns the ended record
   * (StartSyncExecution). Otherwise returns the running record at once.
   */
  ExecutionRecord startExpress(ExecutionRecord execution, boolean synchronous);

  /**
   * Aborts a running execution; the stopped record, or ExecutionDoesNotExist / ValidationException.
   */
  Result<ExecutionRecord> stop(String executionArn, String error, String cause);

  /** Redrives a FAILED/TIMED_OUT/ABORTED standard execution from where it failed. */
  Result<ExecutionRecord> redrive(String executionArn);

  /** SendTaskSuccess. */
  Result<Void> succeedTask(String token, String output);

  /** SendTaskFailure. */
  Result<Void> failTask(String token, String error, String cause);

  /** SendTaskHeartbeat. */
  Result<Void> heartbeat(String token);

  /**
   * GetActivityTask: waits up to {@code wait} (60 s on the wire) for a task of the activity; empty
   * when none came.
   */
  Optional<TaskCallback> pollActivity(String activityArn, String worker, Duration wait);
}
