package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.result.Result;

/**
 * {@code DataPipeline.ReportTaskRunnerHeartbeat}: a task runner is alive; answers whether it should
 * terminate.
 */
public final class ReportTaskRunnerHeartbeat implements DataPipelineBinding {
  public record Input(String taskrunnerId, String workerGroup, String hostname) {}

  private final PipelineService pipelines;

  public ReportTaskRunnerHeartbeat(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::report);
  }

  private Result<ObjectNode> report(Input input) {
    return new Constraints()
        .required(input.taskrunnerId(), "taskrunnerId")
        .id(input.taskrunnerId(), "taskrunnerId")
        .string(input.workerGroup(), "workerGroup")
        .id(input.hostname(), "hostname")
        .then(
            () ->
                pipelines.reportTaskRunnerHeartbeat(
                    new TaskRunnerHeartbeat(
                        input.taskrunnerId(), input.workerGroup(), input.hostname())))
        .map(terminate -> JsonNodes.object().put("terminate", terminate));
  }
}
