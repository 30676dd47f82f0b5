package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.MachineJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DescribeStateMachine}: a machine or one of its versions. */
public final class DescribeStateMachine implements StatesBinding {
  public record Input(String stateMachineArn, String includedData) {}

  private final WorkflowService workflows;

  public DescribeStateMachine(WorkflowService workflows) {
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
                    .oneOf(input.includedData(), "includedData", ExecutionShapes.INCLUDED_DATA)
                    .then(
                        () ->
                            workflows
                                .describeStateMachine(input.stateMachineArn())
                                .map(MachineJson::describe)));
  }
}
