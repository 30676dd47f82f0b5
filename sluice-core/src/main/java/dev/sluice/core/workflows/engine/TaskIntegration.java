package dev.sluice.core.workflows.engine;

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
}
