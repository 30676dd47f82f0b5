package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.SendTaskSuccess}. */
public final class SendTaskSuccess implements StatesBinding {
  public record Input(String taskToken, String output) {}

  private final WorkflowService workflows;

  public SendTaskSuccess(WorkflowService workflows) {
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
                    .required(input.output(), "output")
                    .bytes(input.output(), "output", 262_144)
                    .then(
                        () ->
                            workflows
                                .sendTaskSuccess(input.taskToken(), input.output())
                                .map(done -> StatesJson.object())));
  }
}
