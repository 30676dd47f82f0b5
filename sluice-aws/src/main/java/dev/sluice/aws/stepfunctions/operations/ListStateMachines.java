package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.MachineJson;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.ListStateMachines}. */
public final class ListStateMachines implements StatesBinding {
  public record Input(Integer maxResults, String nextToken) {}

  private final WorkflowService workflows;

  public ListStateMachines(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .range(input.maxResults(), "maxResults", 0, 1000)
                    .length(input.nextToken(), "nextToken", 1, 1024)
                    .then(
                        () ->
                            workflows
                                .listStateMachines(
                                    new PageRequest(input.maxResults(), input.nextToken()))
                                .map(
                                    page ->
                                        StatesJson.page(
                                            "stateMachines",
                                            page.items(),
                                            MachineJson::listItem,
                                            page.nextToken()))));
  }
}
