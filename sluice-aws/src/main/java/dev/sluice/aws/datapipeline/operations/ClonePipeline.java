package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.ClonePipeline}, Sluice's extension (not in AWS's model): {@code {pipelineId,
 * name, uniqueId?}} → {@code {pipelineId}} of a new pipeline with the source's latest definition
 * and tags.
 */
public final class ClonePipeline implements DataPipelineBinding {
  public record Input(String pipelineId, String name, String uniqueId) {}

  private final PipelineService pipelines;

  public ClonePipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::cloneOf);
  }

  private Result<ObjectNode> cloneOf(Input input) {
    var constraints =
        Constraints.ofPipeline(input.pipelineId())
            .required(input.name(), "name")
            .id(input.name(), "name");
    if (input.uniqueId() != null) {
      constraints.id(input.uniqueId(), "uniqueId");
    }
    return constraints.then(
        () ->
            pipelines
                .clonePipeline(input.pipelineId(), input.name(), input.uniqueId())
                .map(id -> JsonNodes.object().put("pipelineId", id)));
  }
}
