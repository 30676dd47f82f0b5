package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;

/** {@code DataPipeline.ListPipelines}: ids and names, a page at a time. */
public final class ListPipelines implements DataPipelineBinding {
  public record Input(String marker) {}

  private final PipelineService pipelines;

  public ListPipelines(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request
        .input(Input.class)
        .flatMap(
            input ->
                new Constraints()
                    .string(input.marker(), "marker")
                    .then(() -> pipelines.listPipelines(input.marker())))
        .map(ListPipelines::render);
  }

  private static ObjectNode render(PipelinePage page) {
    return DataPipelineJson.page(
        "pipelineIdList",
        page.pipelines(),
        p -> JsonNodes.object().put("id", p.id()).put("name", p.name()),
        page.marker(),
        page.hasMoreResults());
  }
}
