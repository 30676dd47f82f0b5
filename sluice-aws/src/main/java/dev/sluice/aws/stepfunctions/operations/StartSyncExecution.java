package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.ExecutionJson;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.WorkflowService;
import java.time.Duration;

/**
 * {@code AWSStepFunctions.StartSyncExecution}: runs an EXPRESS execution to its end. Billing is
 * what AWS would bill: 64 MB, the duration rounded up to 100 ms.
 */
public final class StartSyncExecution implements StatesBinding {
  public record Input(
      String stateMachineArn, String name, String input, String traceHeader, String includedData) {}

  private final WorkflowService workflows;

  public StartSyncExecution(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                ExecutionShapes.start(
                        input.stateMachineArn(), input.name(), input.input(), input.traceHeader())
                    .oneOf(input.includedData(), "includedData", ExecutionShapes.INCLUDED_DATA)
                    .then(
                        () ->
                            workflows
                                .startSyncExecution(
                                    new NewExecution(
                                        input.stateMachineArn(),
                                        input.name(),
                                        input.input(),
                                        input.traceHeader()))
                                .map(
                                    e ->
                                        render(e, !"METADATA_ONLY".equals(input.includedData())))));
  }

  static ObjectNode render(ExecutionRecord e, boolean withData) {
    var stopped = e.stopped() == null ? e.started() : e.stopped();
    var node = StatesJson.object().put("executionArn", e.arn());
    node.put("stateMachineArn", e.machineArn());
    node.put("name", e.name());
    StatesJson.time(node, "startDate", e.started());
    StatesJson.time(node, "stopDate", stopped);
    node.put("status", status(e.status()));
    StatesJson.text(node, "error", e.error());
    StatesJson.text(node, "cause", e.cause());
    if (withData) {
      ExecutionJson.data(node, e);
    }
    StatesJson.text(node, "traceHeader", e.traceHeader());
    long millis = Math.max(1, Duration.between(e.started(), stopped).toMillis());
    node.putObject("billingDetails")
        .put("billedMemoryUsedInMB", 64)
        .put("billedDurationInMilliseconds", (millis + 99) / 100 * 100);
    return node;
  }

  /** SyncExecutionStatus knows SUCCEEDED, FAILED and TIMED_OUT only. */
  private static String status(ExecutionStatus status) {
    return switch (status) {
      case SUCCEEDED, TIMED_OUT -> status.name();
      default -> "FAILED";
    };
  }
}
