package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.ExecutionJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DescribeExecution}. */
public final class DescribeExecution implements StatesBinding {
  public record Input(String executionArn, String includedData) {}

  private final WorkflowService workflows;

  public DescribeExecution(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                ExecutionShapes.executionArn(input.executionArn())
                    .oneOf(input.includedData(), "includedData", ExecutionShapes.INCLUDED_DATA)
                    .then(
                        () ->
                            workflows
                                .describeExecution(input.executionArn())
                                .map(
                                    e ->
                                        ExecutionJson.describe(
                                            e,
                                            !"METADATA_ONLY".equals(input.includedData()),
                                            workflows.redrivability(e)))));
  }
}
