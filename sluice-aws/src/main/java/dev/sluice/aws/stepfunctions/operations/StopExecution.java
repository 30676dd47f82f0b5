package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.StopExecution}. */
public final class StopExecution implements StatesBinding {
  public record Input(String executionArn, String error, String cause) {}

  private final WorkflowService workflows;

  public StopExecution(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                ExecutionShapes.executionArn(input.executionArn())
                    .secretLength(input.error(), "error", 0, 256)
                    .secretLength(input.cause(), "cause", 0, 32_768)
                    .then(
                        () ->
                            workflows
                                .stopExecution(input.executionArn(), input.error(), input.cause())
                                .map(
                                    stopped -> {
                                      var node = StatesJson.object();
                                      StatesJson.time(node, "stopDate", stopped.stopped());
                                      return node;
                                    })));
  }
}
