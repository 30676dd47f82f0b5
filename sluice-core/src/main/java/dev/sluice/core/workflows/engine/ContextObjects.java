package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.ExecutionRecord;
import java.time.Instant;

/** Builds the context object {@code $$} a state sees. */
final class ContextObjects {
  private ContextObjects() {}

  static ObjectNode of(
      ExecutionRecord execution,
      boolean synchronous,
      String state,
      Instant entered,
      Integer retryCount,
      String token) {
    ObjectNode context = Json.object();
    ObjectNode run = context.putObject("Execution");
    run.put("Id", execution.arn());
    run.set("Input", Json.read(execution.input()));
    run.put("Name", execution.name());
    run.put("RoleArn", execution.roleArn());
    run.put("StartTime", execution.started().toString());
    if (!synchronous) {
      run.put("RedriveCount", execution.redriveCount());
    }
    ObjectNode stateObject = context.putObject("State");
    stateObject.put("EnteredTime", entered.toString());
    stateObject.put("Name", state);
    if (retryCount != null) {
      stateObject.put("RetryCount", retryCount);
    }
    ObjectNode machine = context.putObject("StateMachine");
    machine.put(
        "Id", execution.versionArn() != null ? execution.versionArn() : execution.machineArn());
    machine.put(
        "Name", execution.machineArn().substring(execution.machineArn().lastIndexOf(':') + 1));
    if (token != null) {
      context.putObject("Task").put("Token", token);
    }
    return context;
  }
}
