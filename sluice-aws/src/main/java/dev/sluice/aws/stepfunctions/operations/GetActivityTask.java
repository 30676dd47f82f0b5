package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/**
 * {@code AWSStepFunctions.GetActivityTask}: waits up to 60 s; when no task came the answer has
 * neither taskToken nor input.
 */
public final class GetActivityTask implements StatesBinding {
  public record Input(String activityArn, String workerName) {}

  private final WorkflowService workflows;

  public GetActivityTask(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.activityArn(), "activityArn")
                    .length(input.activityArn(), "activityArn", 1, 256)
                    .length(input.workerName(), "workerName", 1, 80)
                    .then(
                        () ->
                            workflows
                                .getActivityTask(input.activityArn(), input.workerName())
                                .map(
                                    task -> {
                                      var node = StatesJson.object();
                                      task.ifPresent(
                                          t -> {
                                            node.put("taskToken", t.token());
                                            node.put("input", t.input());
                                          });
                                      return node;
                                    })));
  }
}
