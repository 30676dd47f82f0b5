package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.internal.TagShape;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.TagResource}: state machines and activities. */
public final class TagResource implements StatesBinding {
  public record Input(String resourceArn, List<TagShape> tags) {}

  private final WorkflowService workflows;

  public TagResource(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::tag);
  }

  private Result<ObjectNode> tag(Input input) {
    var constraints =
        new Constraints()
            .required(input.resourceArn(), "resourceArn")
            .length(input.resourceArn(), "resourceArn", 1, 256)
            .required(input.tags(), "tags");
    TagShape.check(constraints, input.tags(), "tags");
    return constraints.then(
        () ->
            workflows
                .tagResource(input.resourceArn(), TagShape.map(input.tags()))
                .map(done -> StatesJson.object()));
  }
}
