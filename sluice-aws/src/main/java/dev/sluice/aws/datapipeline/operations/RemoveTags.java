package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/** {@code DataPipeline.RemoveTags}: removes the tags with the given keys. */
public final class RemoveTags implements DataPipelineBinding {
  public record Input(String pipelineId, List<String> tagKeys) {}

  private final PipelineService pipelines;

  public RemoveTags(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                Constraints.ofPipeline(input.pipelineId())
                    .required(input.tagKeys(), "tagKeys")
                    .textList(input.tagKeys(), "tagKeys", 0, 1024)
                    .then(() -> pipelines.removeTags(input.pipelineId(), input.tagKeys()))
                    .map(done -> JsonNodes.object()));
  }
}
