package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;

/** The failures the runner answers with, as Data Pipeline names them. */
public final class RunFailures {
  private RunFailures() {}

  public static Failure invalid(String message) {
    return Failure.of("InvalidRequestException", 400, message);
  }

  public static Failure taskNotFound(String taskId) {
    return Failure.of("TaskNotFoundException", 400, "The specified task was not found: " + taskId);
  }

  public static <T> Result<T> invalidRequest(String message) {
    return Result.err(invalid(message));
  }
}
