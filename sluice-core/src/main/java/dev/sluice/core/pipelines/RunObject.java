package dev.sluice.core.pipelines;

import java.time.Instant;
import java.util.List;

/**
 * An object the runner makes: an instance of a component for one scheduled period, or an attempt
 * of an instance. Its {@code fields} hold everything QueryObjects and DescribeObjects show ({@code
 * @status}, {@code @scheduledStartTime}, {@code @componentParent}, {@code @headAttempt}, ...).
 *
 * @param id the object's id as AWS forms it ({@code @WordCount_2026-11-20T22:15:00}, {@code
 *     @WordCount_2026-11-20T22:15:00_Attempt=1})
 * @param componentId the definition object it is an instance (or attempt) of
 * @param sphere INSTANCE or ATTEMPT
 * @param parentId an attempt's instance; null for instances
 * @param status the {@code @status} value (WAITING_ON_DEPENDENCIES, RUNNING, FINISHED, ...)
 * @param workerGroup for attempts an external task runner of this group works on, else null
 * @param taskId the task id handed to a task runner (external) or to Sluice's own runner, or null
 * @param generation the pipeline generation it belongs to
 */
public record RunObject(
    String pipelineId,
    String id,
    String componentId,
    String sphere,
    String parentId,
    String status,
    String workerGroup,
    String taskId,
    int generation,
    List<Field> fields,
    Instant updatedAt) {

  public static final String INSTANCE = "INSTANCE";
  public static final String ATTEMPT = "ATTEMPT";

  public RunObject {
    fields = List.copyOf(fields);
  }

  public PipelineObject asObject(String name) {
    return new PipelineObject(id, name, fields);
  }
}
