package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.SendTaskHeartbeat}. */
public final class SendTaskHeartbeat implements StatesBinding {
  public record Input(String taskToken) {}

  private final WorkflowService workflows;

  public SendTaskHeartbeat(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.taskToken(), "taskToken")
                    .length(input.taskToken(), "taskToken", 1, 2048)
                    .then(
                        () ->
                            workflows
                                .sendTaskHeartbeat(input.taskToken())
                                .map(done -> StatesJson.object())));
  }
}
