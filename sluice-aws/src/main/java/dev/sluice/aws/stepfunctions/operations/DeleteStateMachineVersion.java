package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DeleteStateMachineVersion}: a version no alias routes to. */
public final class DeleteStateMachineVersion implements StatesBinding {
  public record Input(String stateMachineVersionArn) {}

  private final WorkflowService workflows;

  public DeleteStateMachineVersion(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.stateMachineVersionArn(), "stateMachineVersionArn")
                    .length(input.stateMachineVersionArn(), "stateMachineVersionArn", 1, 2000)
                    .then(
                        () ->
                            workflows
                                .deleteStateMachineVersion(input.stateMachineVersionArn())
                                .map(done -> StatesJson.object())));
  }
}
