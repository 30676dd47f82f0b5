package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.GetPipelineDefinition}: the {@code latest} (default) or {@code active}
 * definition's objects, parameter objects and parameter values.
 */
public final class GetPipelineDefinition implements DataPipelineBinding {
  public record Input(String pipelineId, String version) {}

  private final PipelineService pipelines;

  public GetPipelineDefinition(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                Constraints.ofPipeline(input.pipelineId())
                    .string(input.version(), "version")
                    .then(
                        () -> pipelines.getPipelineDefinition(input.pipelineId(), input.version())))
        .map(GetPipelineDefinition::render);
  }

  private static ObjectNode render(PipelineDefinition definition) {
    var node = JsonNodes.object();
    node.set(
        "pipelineObjects", JsonNodes.array(definition.objects(), DataPipelineJson::pipelineObject));
    node.set(
        "parameterObjects",
        JsonNodes.array(definition.parameterObjects(), DataPipelineJson::parameterObject));
    node.set(
        "parameterValues",
        JsonNodes.array(definition.parameterValues(), DataPipelineJson::parameterValue));
    return node;
  }
}
