package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.DescribeObjects}: components, instances or attempts by id, their {@code
 * #{...}} expressions evaluated when asked.
 */
public final class DescribeObjects implements DataPipelineBinding {
  public record Input(
      String pipelineId, List<String> objectIds, Boolean evaluateExpressions, String marker) {}

  private final PipelineService pipelines;

  public DescribeObjects(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::describe);
  }

  private Result<ObjectNode> describe(Input input) {
    return Constraints.ofPipeline(input.pipelineId())
        .required(input.objectIds(), "objectIds")
        .textList(input.objectIds(), "objectIds", 1, 1024)
        .string(input.marker(), "marker")
        .then(
            () ->
                pipelines.describeObjects(
                    input.pipelineId(),
                    input.objectIds(),
                    Boolean.TRUE.equals(input.evaluateExpressions()),
                    input.marker()))
        .map(DescribeObjects::render);
  }

  private static ObjectNode render(ObjectPage page) {
    return DataPipelineJson.page(
        "pipelineObjects",
        page.objects(),
        DataPipelineJson::pipelineObject,
        page.marker(),
        page.hasMoreResults());
  }
}
