package dev.sluice.core.jobs;

/** Glue's job run states. */
public enum JobRunState {
  STARTING,
  RUNNING,
  STOPPING,
  STOPPED,
  SUCCEEDED,
  FAILED,
  TIMEOUT,
  ERROR,
  WAITING,
  EXPIRED;

  /** Whether the run has ended. */
  public boolean terminal() {
    return switch (this) {
      case STOPPED, SUCCEEDED, FAILED, TIMEOUT, ERROR, EXPIRED -> true;
      default -> false;
    };
  }
}
