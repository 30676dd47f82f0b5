package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.aws.stepfunctions.internal.TagShape;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.CreateActivity}: idempotent on the name. */
public final class CreateActivity implements StatesBinding {
  public record Input(String name, List<TagShape> tags) {}

  private final WorkflowService workflows;

  public CreateActivity(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(input -> create(input, request));
  }

  private Result<ObjectNode> create(Input input, StatesRequest request) {
    var constraints =
        new Constraints().required(input.name(), "name").length(input.name(), "name", 1, 80);
    TagShape.check(constraints, input.tags(), "tags");
    return constraints.then(
        () ->
            workflows
                .createActivity(request.scope(), input.name(), TagShape.map(input.tags()))
                .map(CreateActivity::render));
  }

  private static ObjectNode render(ActivityRecord activity) {
    var node = StatesJson.object().put("activityArn", activity.arn());
    StatesJson.time(node, "creationDate", activity.created());
    return node;
  }
}
