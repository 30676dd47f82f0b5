package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The task runner's calls: inputs checked, then the runs'. */
final class TaskOperations {
  private static final Set<String> TASK_STATUSES = Set.of("FINISHED", "FAILED", "FALSE");
  private final PipelineRuns runs;

  TaskOperations(PipelineRuns runs) {
    this.runs = runs;
  }

  Result<Optional<TaskAssignment>> poll(TaskRunnerPoll poll) {
    if (poll == null || poll.workerGroup() == null) {
      return PipelineFailures.missing("workerGroup");
    }
    return runs.pollForTask(poll);
  }

  Result<Boolean> reportProgress(String taskId, List<Field> fields) {
    if (taskId == null) {
      return PipelineFailures.missing("taskId");
    }
    return runs.reportTaskProgress(taskId, fields == null ? List.of() : fields);
  }

  Result<Void> setStatus(TaskStatusInput input) {
    if (input == null || input.taskId() == null) {
      return PipelineFailures.missing("taskId");
    }
    if (input.taskStatus() == null) {
      return PipelineFailures.missing("taskStatus");
    }
    if (!TASK_STATUSES.contains(input.taskStatus())) {
      return PipelineFailures.invalid(
          "1 validation error detected: Value '"
              + input.taskStatus()
              + "' at 'taskStatus' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [FINISHED, FAILED, FALSE]");
    }
    return runs.setTaskStatus(input);
  }

  Result<Boolean> heartbeat(TaskRunnerHeartbeat heartbeat) {
    if (heartbeat == null || heartbeat.taskrunnerId() == null) {
      return PipelineFailures.missing("taskrunnerId");
    }
    return runs.reportTaskRunnerHeartbeat(heartbeat);
  }
}
