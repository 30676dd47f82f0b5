package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.RedriveExecution}. */
public final class RedriveExecution implements StatesBinding {
  public record Input(String executionArn, String clientToken) {}

  private final WorkflowService workflows;

  public RedriveExecution(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                ExecutionShapes.executionArn(input.executionArn())
                    .length(input.clientToken(), "clientToken", 1, 64)
                    .then(
                        () ->
                            workflows
                                .redriveExecution(input.executionArn(), input.clientToken())
                                .map(
                                    redriven -> {
                                      var node = StatesJson.object();
                                      StatesJson.time(node, "redriveDate", redriven.redriveDate());
                                      return node;
                                    })));
  }
}
