package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.datapipeline.internal.FieldShape;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.ReportTaskProgress}: a task runner's heartbeat for one task; answers whether
 * the task was canceled.
 */
public final class ReportTaskProgress implements DataPipelineBinding {
  public record Input(String taskId, List<FieldShape> fields) {}

  private final PipelineService pipelines;

  public ReportTaskProgress(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::report);
  }

  private Result<ObjectNode> report(Input input) {
    var constraints =
        new Constraints()
            .required(input.taskId(), "taskId")
            .text(input.taskId(), "taskId", 1, 2048);
    FieldShape.check(constraints, input.fields(), "fields");
    return constraints
        .then(
            () -> pipelines.reportTaskProgress(input.taskId(), FieldShape.toFields(input.fields())))
        .map(canceled -> JsonNodes.object().put("canceled", canceled));
  }
}
