package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.internal.TagShape;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.MachineCreated;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.CreateStateMachine} (encryptionConfiguration is accepted, unused). */
public final class CreateStateMachine implements StatesBinding {
  public record Input(
      String name,
      String definition,
      String roleArn,
      String type,
      JsonNode loggingConfiguration,
      List<TagShape> tags,
      JsonNode tracingConfiguration,
      Boolean publish,
      String versionDescription) {}

  private final WorkflowService workflows;

  public CreateStateMachine(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(input -> create(input, request));
  }

  private Result<ObjectNode> create(Input input, StatesRequest request) {
    var constraints =
        new Constraints()
            .required(input.name(), "name")
            .length(input.name(), "name", 1, 80)
            .required(input.definition(), "definition")
            .secretLength(input.definition(), "definition", 1, 1_048_576)
            .required(input.roleArn(), "roleArn")
            .length(input.roleArn(), "roleArn", 1, 256)
            .oneOf(input.type(), "type", MachineShapes.TYPES)
            .secretLength(input.versionDescription(), "versionDescription", 0, 256);
    MachineShapes.logging(constraints, input.loggingConfiguration());
    TagShape.check(constraints, input.tags(), "tags");
    return constraints.then(
        () ->
            workflows
                .createStateMachine(request.scope(), machine(input))
                .map(CreateStateMachine::render));
  }

  private static NewMachine machine(Input input) {
    return new NewMachine(
        input.name(),
        input.definition(),
        input.roleArn(),
        input.type() == null ? null : MachineType.valueOf(input.type()),
        StatesJson.configText(input.loggingConfiguration()),
        StatesJson.configText(input.tracingConfiguration()),
        TagShape.map(input.tags()),
        Boolean.TRUE.equals(input.publish()),
        input.versionDescription());
  }

  private static ObjectNode render(MachineCreated created) {
    var node = StatesJson.object().put("stateMachineArn", created.machineArn());
    StatesJson.time(node, "creationDate", created.created());
    StatesJson.text(node, "stateMachineVersionArn", created.versionArn());
    return node;
  }
}
