package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.ExecutionJson;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionQuery;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/**
 * {@code AWSStepFunctions.ListExecutions} of a machine, a version or an alias, newest first. Map
 * runs are not supported, so a {@code mapRunArn} names nothing there is.
 */
public final class ListExecutions implements StatesBinding {
  public record Input(
      String stateMachineArn,
      String statusFilter,
      Integer maxResults,
      String nextToken,
      String mapRunArn,
      String redriveFilter) {}

  private final WorkflowService workflows;

  public ListExecutions(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::list);
  }

  private Result<ObjectNode> list(Input input) {
    return new Constraints()
        .length(input.stateMachineArn(), "stateMachineArn", 1, 256)
        .oneOf(input.statusFilter(), "statusFilter", ExecutionShapes.STATUSES)
        .range(input.maxResults(), "maxResults", 0, 1000)
        .length(input.nextToken(), "nextToken", 1, 3096)
        .length(input.mapRunArn(), "mapRunArn", 1, 2000)
        .oneOf(input.redriveFilter(), "redriveFilter", List.of("REDRIVEN", "NOT_REDRIVEN"))
        .then(
            () -> {
              if (input.mapRunArn() != null) {
                return Result.err(
                    Failure.of(
                            "ResourceNotFound",
                            400,
                            "Resource not found: '" + input.mapRunArn() + "'")
                        .with("resourceName", input.mapRunArn()));
              }
              if (input.stateMachineArn() == null) {
                return Result.err(
                    Failure.of(
                        "ValidationException",
                        400,
                        "Must provide a StateMachine ARN or MapRun ARN"));
              }
              return workflows
                  .listExecutions(
                      new ExecutionQuery(
                          input.stateMachineArn(),
                          input.statusFilter() == null
                              ? null
                              : ExecutionStatus.valueOf(input.statusFilter()),
                          new PageRequest(input.maxResults(), input.nextToken())))
                  .map(
                      page ->
                          StatesJson.page(
                              "executions",
                              page.items(),
                              ExecutionJson::listItem,
                              page.nextToken()));
            });
  }
}
