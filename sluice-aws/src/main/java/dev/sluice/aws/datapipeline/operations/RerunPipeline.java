package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.RerunPipeline}, Sluice's extension (not in AWS's model): {@code {pipelineId}}
 * runs a pipeline whose runs ended again, answering {@code {}}.
 */
public final class RerunPipeline implements DataPipelineBinding {
  public record Input(String pipelineId) {}

  private final PipelineService pipelines;

  public RerunPipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::rerun);
  }

  private Result<ObjectNode> rerun(Input input) {
    var constraints = Constraints.ofPipeline(input.pipelineId());
    return constraints.then(
        () -> pipelines.rerunPipeline(input.pipelineId()).map(done -> JsonNodes.object()));
  }
}
