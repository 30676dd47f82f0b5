package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A service a Task state can call ({@code arn:aws:states:::lambda:invoke}, a function ARN, {@code
 * aws-sdk:s3:*}, ...). Task tokens and activities are the engine's own; integrations only do the
 * call.
 */
public interface TaskIntegration {

  /** Whether this integration serves the (parsed) resource. */
  boolean serves(TaskResource resource);

  /**
   * Makes the call. Blocking; interrupted when the execution ends or the task times out. For a
   * {@code .waitForTaskToken} resource, the returned output is what the call answered (it becomes
   * the TaskSubmitted event) and the task's result comes from the token's answer.
   */
  TaskOutcome run(TaskCall call) throws InterruptedException;

  /**
   * Continues a {@code .sync} call after the execution was resumed (a restart): {@code submitted}
   * is what the call recorded through {@link TaskCall#submitted} before, so the work it started can
   * be waited for instead of started again. Blocking and interrupted as {@link #run}. Empty (the
   * default) makes the call again from the start.
   */
  default Optional<TaskOutcome> resume(TaskCall call, JsonNode submitted)
      throws InterruptedException {
    return Optional.empty();
  }
}
