package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.RouteShape;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasUpdate;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.UpdateStateMachineAlias}. */
public final class UpdateStateMachineAlias implements StatesBinding {
  public record Input(
      String stateMachineAliasArn, String description, List<RouteShape> routingConfiguration) {}

  private final WorkflowService workflows;

  public UpdateStateMachineAlias(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::update);
  }

  private Result<ObjectNode> update(Input input) {
    var constraints =
        new Constraints()
            .required(input.stateMachineAliasArn(), "stateMachineAliasArn")
            .length(input.stateMachineAliasArn(), "stateMachineAliasArn", 1, 256)
            .secretLength(input.description(), "description", 0, 256);
    RouteShape.check(constraints, input.routingConfiguration());
    return constraints.then(
        () ->
            workflows
                .updateStateMachineAlias(
                    new AliasUpdate(
                        input.stateMachineAliasArn(),
                        input.description(),
                        RouteShape.routes(input.routingConfiguration())))
                .map(
                    alias -> {
                      var node = StatesJson.object();
                      StatesJson.time(node, "updateDate", alias.updated());
                      return node;
                    }));
  }
}
