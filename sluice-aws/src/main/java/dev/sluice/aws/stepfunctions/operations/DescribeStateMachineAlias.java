package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DescribeStateMachineAlias}. */
public final class DescribeStateMachineAlias implements StatesBinding {
  public record Input(String stateMachineAliasArn) {}

  private final WorkflowService workflows;

  public DescribeStateMachineAlias(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.stateMachineAliasArn(), "stateMachineAliasArn")
                    .length(input.stateMachineAliasArn(), "stateMachineAliasArn", 1, 256)
                    .then(
                        () ->
                            workflows
                                .describeStateMachineAlias(input.stateMachineAliasArn())
                                .map(DescribeStateMachineAlias::render)));
  }

  private static ObjectNode render(AliasRecord alias) {
    var node = StatesJson.object().put("stateMachineAliasArn", alias.arn());
    node.put("name", alias.name());
    StatesJson.text(node, "description", alias.description());
    node.set("routingConfiguration", StatesJson.routing(alias.routing()));
    StatesJson.time(node, "creationDate", alias.created());
    StatesJson.time(node, "updateDate", alias.updated());
    return node;
  }
}
