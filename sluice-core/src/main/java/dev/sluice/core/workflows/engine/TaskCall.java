package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One call of a Task state.
 *
 * @param resource the parsed resource
 * @param parameters the effective parameters (Parameters/Arguments evaluated)
 * @param timeoutSeconds the task's timeout, or null
 * @param region the execution's region
 * @param account the execution's account
 * @param executionArn the calling execution
 * @param submitted records what a {@code .sync} call answered when it started the work it then
 *     waits for (the TaskSubmitted event; kept for {@link TaskIntegration#resume})
 * @param abandoned whether this node let the execution go without ending it (shutdown): a call
 *     interrupted then leaves the work it started running, for the resumed execution to wait for;
 *     otherwise an interrupt means the task was cancelled (the execution ended, the task timed out)
 */
public record TaskCall(
    TaskResource resource,
    JsonNode parameters,
    Integer timeoutSeconds,
    String region,
    String account,
    String executionArn,
    Consumer<JsonNode> submitted,
    BooleanSupplier abandoned) {

  /** A call whose execution is never abandoned. */
  public TaskCall(
      TaskResource resource,
      JsonNode parameters,
      Integer timeoutSeconds,
      String region,
      String account,
      String executionArn,
      Consumer<JsonNode> submitted) {
    this(
        resource,
        parameters,
        timeoutSeconds,
        region,
        account,
        executionArn,
        submitted,
        () -> false);
  }
}
