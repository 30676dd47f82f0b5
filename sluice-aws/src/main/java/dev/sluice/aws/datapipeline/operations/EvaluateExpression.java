package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/** {@code DataPipeline.EvaluateExpression}: a {@code #{...}} string in an object's context. */
public final class EvaluateExpression implements DataPipelineBinding {
  public record Input(String pipelineId, String objectId, String expression) {}

  /** The {@code longString} shape's maximum: 20 MiB of characters. */
  private static final int LONG_STRING = 20_971_520;

  private final PipelineService pipelines;

  public EvaluateExpression(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::evaluate);
  }

  private Result<ObjectNode> evaluate(Input input) {
    return Constraints.ofPipeline(input.pipelineId())
        .required(input.objectId(), "objectId")
        .id(input.objectId(), "objectId")
        .required(input.expression(), "expression")
        .text(input.expression(), "expression", 0, LONG_STRING)
        .then(
            () ->
                pipelines.evaluateExpression(
                    input.pipelineId(), input.objectId(), input.expression()))
        .map(value -> JsonNodes.object().put("evaluatedExpression", value));
  }
}
