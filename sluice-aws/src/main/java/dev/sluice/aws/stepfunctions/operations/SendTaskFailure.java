package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.SendTaskFailure}. */
public final class SendTaskFailure implements StatesBinding {
  public record Input(String taskToken, String error, String cause) {}

  private final WorkflowService workflows;

  public SendTaskFailure(WorkflowService workflows) {
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
                    .secretLength(input.error(), "error", 0, 256)
                    .secretLength(input.cause(), "cause", 0, 32_768)
                    .then(
                        () ->
                            workflows
                                .sendTaskFailure(input.taskToken(), input.error(), input.cause())
                                .map(done -> StatesJson.object())));
  }
}
