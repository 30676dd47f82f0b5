package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.ParameterValueShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code DataPipeline.ActivatePipeline}: the latest definition with the given parameter values,
 * from {@code startTimestamp} (epoch seconds) or now.
 */
public final class ActivatePipeline implements DataPipelineBinding {
  public record Input(
      String pipelineId, List<ParameterValueShape> parameterValues, BigDecimal startTimestamp) {}

  private final PipelineService pipelines;

  public ActivatePipeline(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::activate);
  }

  private Result<ObjectNode> activate(Input input) {
    var constraints = Constraints.ofPipeline(input.pipelineId());
    ParameterValueShape.check(constraints, input.parameterValues(), "parameterValues");
    return constraints.then(
        () ->
            DataPipelineRequest.instant(input.startTimestamp(), "startTimestamp")
                .flatMap(
                    start ->
                        pipelines.activatePipeline(
                            input.pipelineId(),
                            ParameterValueShape.toValues(input.parameterValues()),
                            start))
                .map(done -> JsonNodes.object()));
  }
}
