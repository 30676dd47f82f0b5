package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.SetTaskStatus}: a task runner ends its task FINISHED, FAILED (with an error)
 * or FALSE (a precondition that did not hold).
 */
public final class SetTaskStatus implements DataPipelineBinding {
  public record Input(
      String taskId,
      String taskStatus,
      String errorId,
      String errorMessage,
      String errorStackTrace) {}

  static final List<String> TASK_STATUSES = List.of("FINISHED", "FAILED", "FALSE");

  private final PipelineService pipelines;

  public SetTaskStatus(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::set);
  }

  private Result<ObjectNode> set(Input input) {
    return new Constraints()
        .required(input.taskId(), "taskId")
        .text(input.taskId(), "taskId", 1, 2048)
        .required(input.taskStatus(), "taskStatus")
        .oneOf(input.taskStatus(), "taskStatus", TASK_STATUSES)
        .string(input.errorId(), "errorId")
        .string(input.errorStackTrace(), "errorStackTrace")
        .then(
            () ->
                pipelines.setTaskStatus(
                    new TaskStatusInput(
                        input.taskId(),
                        input.taskStatus(),
                        input.errorId(),
                        input.errorMessage(),
                        input.errorStackTrace())))
        .map(done -> JsonNodes.object());
  }
}
