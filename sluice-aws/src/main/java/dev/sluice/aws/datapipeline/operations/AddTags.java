package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.TagShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/** {@code DataPipeline.AddTags}: adds or replaces up to 10 tags. */
public final class AddTags implements DataPipelineBinding {
  public record Input(String pipelineId, List<TagShape> tags) {}

  private final PipelineService pipelines;

  public AddTags(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::tag);
  }

  private Result<ObjectNode> tag(Input input) {
    var constraints = Constraints.ofPipeline(input.pipelineId()).required(input.tags(), "tags");
    TagShape.check(constraints, input.tags(), "tags");
    return constraints.then(
        () ->
            pipelines
                .addTags(input.pipelineId(), TagShape.toTags(input.tags()))
                .map(done -> JsonNodes.object()));
  }
}
