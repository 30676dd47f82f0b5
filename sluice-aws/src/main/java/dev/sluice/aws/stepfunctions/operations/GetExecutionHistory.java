package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.ExecutionJson;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.HistoryQuery;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.GetExecutionHistory}. */
public final class GetExecutionHistory implements StatesBinding {
  public record Input(
      String executionArn,
      Integer maxResults,
      Boolean reverseOrder,
      String nextToken,
      Boolean includeExecutionData) {}

  private final WorkflowService workflows;

  public GetExecutionHistory(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                ExecutionShapes.executionArn(input.executionArn())
                    .range(input.maxResults(), "maxResults", 0, 1000)
                    .length(input.nextToken(), "nextToken", 1, 1024)
                    .then(
                        () ->
                            workflows
                                .getExecutionHistory(
                                    new HistoryQuery(
                                        input.executionArn(),
                                        Boolean.TRUE.equals(input.reverseOrder()),
                                        !Boolean.FALSE.equals(input.includeExecutionData()),
                                        new PageRequest(input.maxResults(), input.nextToken())))
                                .map(
                                    page ->
                                        StatesJson.page(
                                            "events",
                                            page.items(),
                                            ExecutionJson::event,
                                            page.nextToken()))));
  }
}
