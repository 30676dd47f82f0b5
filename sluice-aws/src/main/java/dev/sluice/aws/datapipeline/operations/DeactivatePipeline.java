package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.DeactivatePipeline}: running objects are canceled unless {@code cancelActive}
 * is false (AWS's default is true).
 */
public final class DeactivatePipeline implements DataPipelineBinding {
  public record Input(String pipelineId, Boolean cancelActive) {}

  private final PipelineService pipelines;

  public DeactivatePipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                Constraints.ofPipeline(input.pipelineId())
                    .then(
                        () ->
                            pipelines.deactivatePipeline(
                                input.pipelineId(), !Boolean.FALSE.equals(input.cancelActive())))
                    .map(done -> JsonNodes.object()));
  }
}
