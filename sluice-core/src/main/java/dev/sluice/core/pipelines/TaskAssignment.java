package dev.sluice.core.pipelines;

import java.util.Map;

/**
 * PollForTask's {@code TaskObject}: the task handed to an external task runner, and every object it
 * needs (the attempt, its activity, the activity's data nodes...) by id, expressions evaluated.
 */
public record TaskAssignment(
    String taskId, String pipelineId, String attemptId, Map<String, PipelineObject> objects) {
  public TaskAssignment {
    objects = Map.copyOf(objects);
  }
}
