package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.TagShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/** {@code DataPipeline.CreatePipeline} in the caller's account; answers the pipeline's id. */
public final class CreatePipeline implements DataPipelineBinding {
  public record Input(String name, String uniqueId, String description, List<TagShape> tags) {}

  private final PipelineService pipelines;

  public CreatePipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(input -> create(input, request.account()));
  }

  private Result<ObjectNode> create(Input input, String account) {
    var constraints =
        new Constraints()
            .required(input.name(), "name")
            .id(input.name(), "name")
            .required(input.uniqueId(), "uniqueId")
            .id(input.uniqueId(), "uniqueId")
            .string(input.description(), "description");
    TagShape.check(constraints, input.tags(), "tags");
    return constraints.then(
        () ->
            pipelines
                .createPipeline(
                    new CreatePipelineInput(
                        input.name(),
                        input.uniqueId(),
                        input.description(),
                        TagShape.toTags(input.tags()),
                        account))
                .map(id -> JsonNodes.object().put("pipelineId", id)));
  }
}
