package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.ModelPattern;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.RouteShape;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.NewAlias;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.CreateStateMachineAlias}. */
public final class CreateStateMachineAlias implements StatesBinding {
  static final ModelPattern NAME_PATTERN =
      ModelPattern.of("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$");

  public record Input(String description, String name, List<RouteShape> routingConfiguration) {}

  private final WorkflowService workflows;

  public CreateStateMachineAlias(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::create);
  }

  private Result<ObjectNode> create(Input input) {
    var constraints =
        new Constraints()
            .secretLength(input.description(), "description", 0, 256)
            .required(input.name(), "name")
            .length(input.name(), "name", 1, 80)
            .pattern(input.name(), "name", NAME_PATTERN)
            .required(input.routingConfiguration(), "routingConfiguration");
    RouteShape.check(constraints, input.routingConfiguration());
    return constraints.then(
        () ->
            workflows
                .createStateMachineAlias(
                    new NewAlias(
                        input.name(),
                        input.description(),
                        RouteShape.routes(input.routingConfiguration())))
                .map(CreateStateMachineAlias::render));
  }

  private static ObjectNode render(AliasRecord alias) {
    var node = StatesJson.object().put("stateMachineAliasArn", alias.arn());
    StatesJson.time(node, "creationDate", alias.created());
    return node;
  }
}
