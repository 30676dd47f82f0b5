package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.ListStateMachineAliases}. */
public final class ListStateMachineAliases implements StatesBinding {
  public record Input(String stateMachineArn, String nextToken, Integer maxResults) {}

  private final WorkflowService workflows;

  public ListStateMachineAliases(WorkflowService workflows) {
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
                                .listStateMachineAliases(
                                    input.stateMachineArn(),
                                    new PageRequest(input.maxResults(), input.nextToken()))
                                .map(
                                    page ->
                                        StatesJson.page(
                                            "stateMachineAliases",
                                            page.items(),
                                            ListStateMachineAliases::item,
                                            page.nextToken()))));
  }

  private static ObjectNode item(AliasRecord alias) {
    var node = StatesJson.object().put("stateMachineAliasArn", alias.arn());
    StatesJson.time(node, "creationDate", alias.created());
    return node;
  }
}
