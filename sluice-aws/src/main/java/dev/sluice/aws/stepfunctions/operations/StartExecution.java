package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.StartExecution} of a machine, a version or an alias. */
public final class StartExecution implements StatesBinding {
  public record Input(String stateMachineArn, String name, String input, String traceHeader) {}

  private final WorkflowService workflows;

  public StartExecution(WorkflowService workflows) {
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
                    .then(
                        () ->
                            workflows
                                .startExecution(
                                    new NewExecution(
                                        input.stateMachineArn(),
                                        input.name(),
                                        input.input(),
                                        input.traceHeader()))
                                .map(StartExecution::render)));
  }

  private static ObjectNode render(ExecutionRecord execution) {
    var node = StatesJson.object().put("executionArn", execution.arn());
    StatesJson.time(node, "startDate", execution.started());
    return node;
  }
}
