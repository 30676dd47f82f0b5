package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.MachineUpdated;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.UpdateStateMachine}. */
public final class UpdateStateMachine implements StatesBinding {
  public record Input(
      String stateMachineArn,
      String definition,
      String roleArn,
      JsonNode loggingConfiguration,
      JsonNode tracingConfiguration,
      Boolean publish,
      String versionDescription) {}

  private final WorkflowService workflows;

  public UpdateStateMachine(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::update);
  }

  private Result<ObjectNode> update(Input input) {
    var constraints =
        new Constraints()
            .required(input.stateMachineArn(), "stateMachineArn")
            .length(input.stateMachineArn(), "stateMachineArn", 1, 256)
            .secretLength(input.definition(), "definition", 1, 1_048_576)
            .length(input.roleArn(), "roleArn", 1, 256)
            .secretLength(input.versionDescription(), "versionDescription", 0, 256);
    MachineShapes.logging(constraints, input.loggingConfiguration());
    return constraints.then(
        () ->
            workflows
                .updateStateMachine(
                    new MachineUpdate(
                        input.stateMachineArn(),
                        input.definition(),
                        input.roleArn(),
                        StatesJson.configText(input.loggingConfiguration()),
                        StatesJson.configText(input.tracingConfiguration()),
                        Boolean.TRUE.equals(input.publish()),
                        input.versionDescription()))
                .map(UpdateStateMachine::render));
  }

  private static ObjectNode render(MachineUpdated updated) {
    var node = StatesJson.object();
    StatesJson.time(node, "updateDate", updated.updated());
    StatesJson.text(node, "revisionId", updated.revisionId());
    StatesJson.text(node, "stateMachineVersionArn", updated.versionArn());
    return node;
  }
}
