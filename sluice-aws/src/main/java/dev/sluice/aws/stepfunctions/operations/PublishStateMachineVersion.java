package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.MachineJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.PublishStateMachineVersion}. */
public final class PublishStateMachineVersion implements StatesBinding {
  public record Input(String stateMachineArn, String revisionId, String description) {}

  private final WorkflowService workflows;

  public PublishStateMachineVersion(WorkflowService workflows) {
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
                    .secretLength(input.description(), "description", 0, 256)
                    .then(
                        () ->
                            workflows
                                .publishStateMachineVersion(
                                    input.stateMachineArn(),
                                    input.revisionId(),
                                    input.description())
                                .map(MachineJson::versionItem)));
  }
}
