package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.DescribeActivity}. */
public final class DescribeActivity implements StatesBinding {
  public record Input(String activityArn) {}

  private final WorkflowService workflows;

  public DescribeActivity(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.activityArn(), "activityArn")
                    .length(input.activityArn(), "activityArn", 1, 256)
                    .then(
                        () ->
                            workflows
                                .describeActivity(input.activityArn())
                                .map(DescribeActivity::render)));
  }

  static ObjectNode render(ActivityRecord activity) {
    var node = StatesJson.object().put("activityArn", activity.arn());
    node.put("name", activity.name());
    StatesJson.time(node, "creationDate", activity.created());
    return node;
  }
}
