package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DeleteStateMachineAlias}. */
public final class DeleteStateMachineAlias implements StatesBinding {
  public record Input(String stateMachineAliasArn) {}

  private final WorkflowService workflows;

  public DeleteStateMachineAlias(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.stateMachineAliasArn(), "stateMachineAliasArn")
                    .length(input.stateMachineAliasArn(), "stateMachineAliasArn", 1, 256)
                    .then(
                        () ->
                            workflows
                                .deleteStateMachineAlias(input.stateMachineAliasArn())
                                .map(done -> StatesJson.object())));
  }
}
