package dev.sluice.core.workflows;

/** An execution's status as Step Functions reports it. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE;

  /** Whether the execution has ended (every status but RUNNING and PENDING_REDRIVE). */
  public boolean terminal() {
    return this != RUNNING && this != PENDING_REDRIVE;
  }
}
