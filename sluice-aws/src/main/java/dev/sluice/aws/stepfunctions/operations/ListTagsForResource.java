package dev.sluice.aws.stepfunctions.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.stepfunctions.internal.Constraints;
import dev.sluice.aws.stepfunctions.internal.StatesJson;
import dev.sluice.aws.stepfunctions.internal.StatesRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.WorkflowService;

/** {@code AWSStepFunctions.ListTagsForResource}. */
public final class ListTagsForResource implements StatesBinding {
  public record Input(String resourceArn) {}

  private final WorkflowService workflows;

  public ListTagsForResource(WorkflowService workflows) {
    this.workflows = workflows;
  }

  @Override
  public Result<ObjectNode> handle(StatesRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.resourceArn(), "resourceArn")
                    .length(input.resourceArn(), "resourceArn", 1, 256)
                    .then(
                        () ->
                            workflows
                                .listTagsForResource(input.resourceArn())
                                .map(
                                    tags -> {
                                      var node = StatesJson.object();
                                      node.set("tags", StatesJson.tags(tags));
                                      return node;
                                    })));
  }
}
