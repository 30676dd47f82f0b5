package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.DescribePipelines}: each pipeline's {@code @}-fields, description and tags
 * (how many ids one call may name is the service's rule).
 */
public final class DescribePipelines implements DataPipelineBinding {
  public record Input(List<String> pipelineIds) {}

  private final PipelineService pipelines;

  public DescribePipelines(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .required(input.pipelineIds(), "pipelineIds")
                    .textList(input.pipelineIds(), "pipelineIds", 1, 1024)
                    .then(() -> pipelines.describePipelines(input.pipelineIds())))
        .map(
            descriptions -> {
              var node = JsonNodes.object();
              node.set(
                  "pipelineDescriptionList",
                  JsonNodes.array(descriptions, DescribePipelines::render));
              return node;
            });
  }

  static ObjectNode render(PipelineDescription description) {
    var node =
        JsonNodes.object()
            .put("pipelineId", description.pipelineId())
            .put("name", description.name());
    node.set("fields", JsonNodes.array(description.fields(), DataPipelineJson::field));
    DataPipelineJson.putIfPresent(node, "description", description.description());
    node.set("tags", JsonNodes.array(description.tags(), DataPipelineJson::tag));
    return node;
  }
}
