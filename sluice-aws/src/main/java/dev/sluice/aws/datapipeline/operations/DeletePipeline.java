package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/** {@code DataPipeline.DeletePipeline}: the pipeline and its runs; answers {@code {}}. */
public final class DeletePipeline implements DataPipelineBinding {
  public record Input(String pipelineId) {}

  private final PipelineService pipelines;

  public DeletePipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                Constraints.ofPipeline(input.pipelineId())
                    .then(() -> pipelines.deletePipeline(input.pipelineId()))
                    .map(done -> JsonNodes.object()));
  }
}
