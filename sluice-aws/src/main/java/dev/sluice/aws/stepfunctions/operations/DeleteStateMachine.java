package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DeleteStateMachine} (of a machine, a version or an alias). */
public final class DeleteStateMachine implements StatesBinding {
  public record Input(String stateMachineArn) {}

  private final WorkflowService workflows;

  public DeleteStateMachine(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.stateMachineArn(), "stateMachineArn")
                    .length(input.stateMachineArn(), "stateMachineArn", 1, 256)
                    .then(
                        () ->
                            workflows
                                .deleteStateMachine(input.stateMachineArn())
                                .map(done -> StatesJson.object())));
  }
}
