package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.SetStatus}: PAUSE/RESUME components or CANCEL/RERUN/MARK_FINISHED instances
 * (which status fits which object is the service's rule); answers {@code {}}.
 */
public final class SetStatus implements DataPipelineBinding {
  public record Input(String pipelineId, List<String> objectIds, String status) {}

  private final PipelineService pipelines;

  public SetStatus(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::set);
  }

  private Result<ObjectNode> set(Input input) {
    return Constraints.ofPipeline(input.pipelineId())
        .required(input.objectIds(), "objectIds")
        .textList(input.objectIds(), "objectIds", 1, 1024)
        .required(input.status(), "status")
        .string(input.status(), "status")
        .then(() -> pipelines.setStatus(input.pipelineId(), input.objectIds(), input.status()))
        .map(done -> JsonNodes.object());
  }
}
