package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;
import java.util.List;

/** {@code AWSStepFunctions.UntagResource}. */
public final class UntagResource implements StatesBinding {
  public record Input(String resourceArn, List<String> tagKeys) {}

  private final WorkflowService workflows;

  public UntagResource(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request.input(Input.class).flatMap(this::untag);
  }

  private Result<ObjectNode> untag(Input input) {
    var constraints =
        new Constraints()
            .required(input.resourceArn(), "resourceArn")
            .length(input.resourceArn(), "resourceArn", 1, 256)
            .required(input.tagKeys(), "tagKeys");
    if (input.tagKeys() != null) {
      for (int i = 0; i < input.tagKeys().size(); i++) {
        constraints.length(input.tagKeys().get(i), "tagKeys." + (i + 1) + ".member", 1, 128);
      }
    }
    return constraints.then(
        () ->
            workflows
                .untagResource(input.resourceArn(), input.tagKeys())
                .map(done -> StatesJson.object()));
  }
}
