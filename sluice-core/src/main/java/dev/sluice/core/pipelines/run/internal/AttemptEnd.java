package dev.sluice.core.pipelines.run.internal;

/** How an attempt ended: FINISHED, FAILED or TIMEDOUT, and what went wrong. */
public record AttemptEnd(
    String status, String errorId, String errorMessage, String errorStackTrace) {

  public static AttemptEnd finished() {
    return new AttemptEnd(Status.FINISHED, null, null, null);
  }

  public static AttemptEnd failed(String errorId, String message, String stackTrace) {
    return new AttemptEnd(Status.FAILED, errorId, message, stackTrace);
  }

  public static AttemptEnd timedOut(String message) {
    return timedOut(message, null);
  }

  public static AttemptEnd timedOut(String message, String stackTrace) {
    return new AttemptEnd(Status.TIMEDOUT, null, message, stackTrace);
  }

  public boolean succeeded() {
    return Status.FINISHED.equals(status);
  }
}
