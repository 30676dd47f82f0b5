package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.MachineJson;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.ListStateMachineVersions}: newest first. */
public final class ListStateMachineVersions implements StatesBinding {
  public record Input(String stateMachineArn, String nextToken, Integer maxResults) {}

  private final WorkflowService workflows;

  public ListStateMachineVersions(WorkflowService workflows) {
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
                    .range(input.maxResults(), "maxResults", 0, 1000)
                    .length(input.nextToken(), "nextToken", 1, 1024)
                    .then(
                        () ->
                            workflows
                                .listStateMachineVersions(
                                    input.stateMachineArn(),
                                    new PageRequest(input.maxResults(), input.nextToken()))
                                .map(
                                    page ->
                                        StatesJson.page(
                                            "stateMachineVersions",
                                            page.items(),
                                            MachineJson::versionItem,
                                            page.nextToken()))));
  }
}
