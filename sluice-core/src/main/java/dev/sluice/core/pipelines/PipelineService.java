package dev.sluice.core.pipelines;

import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * AWS Data Pipeline. Every failure carries Data Pipeline's error code, HTTP status 400 and message
 * ({@code PipelineNotFoundException}, {@code PipelineDeletedException}, {@code
 * InvalidRequestException}, {@code TaskNotFoundException}); the json protocol renders them
 * unchanged. Pipeline ids look like AWS's: {@code df-} and 20 upper-case letters and digits.
 */
public interface PipelineService {

  /** Idempotent on name + uniqueId among pipelines not deleted: answers the existing id. */
  Result<String> createPipeline(CreatePipelineInput input);

  /** Deletes the pipeline and its runs; deleting it again is PipelineNotFoundException. */
  Result<Void> deletePipeline(String pipelineId);

  /** Pipelines not deleted, oldest first, a page at a time; {@code marker} from the last page. */
  Result<PipelinePage> listPipelines(String marker);

  /** At most 25 ids; an unknown one fails the whole call. */
  Result<List<PipelineDescription>> describePipelines(List<String> pipelineIds);

  /**
   * Validates and stores the definition as the latest version. Errors AWS answers with {@code
   * InvalidRequestException} store nothing; validation errors are stored and reported ({@code
   * errored: true}) and block activation.
   */
  Result<ValidationReport> putPipelineDefinition(String pipelineId, PipelineDefinition definition);

  /** Validates without storing. */
  Result<ValidationReport> validatePipelineDefinition(
      String pipelineId, PipelineDefinition definition);

  /** {@code version} is {@code latest} (default) or {@code active}. */
  Result<PipelineDefinition> getPipelineDefinition(String pipelineId, String version);

  /**
   * Activates the latest definition (validated, without errors) with the given parameter values
   * (overriding the definition's), starting its schedules at {@code startTimestamp} (null: now).
   */
  Result<Void> activatePipeline(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp);

  /** Stops scheduling; {@code cancelActive} cancels running instances. */
  Result<Void> deactivatePipeline(String pipelineId, boolean cancelActive);

  Result<IdPage> queryObjects(ObjectQueryInput input);

  /** Components, instances or attempts by id; {@code evaluateExpressions} renders {@code #{}}. */
  Result<ObjectPage> describeObjects(
      String pipelineId, List<String> objectIds, boolean evaluateExpressions, String marker);

  Result<String> evaluateExpression(String pipelineId, String objectId, String expression);

  /** PAUSE/RESUME components, or CANCEL/RERUN/MARK_FINISHED instances. */
  Result<Void> setStatus(String pipelineId, List<String> objectIds, String status);

  Result<Void> addTags(String pipelineId, List<Tag> tags);

  Result<Void> removeTags(String pipelineId, List<String> tagKeys);

  /** A task for an external task runner of {@code workerGroup}, if one is waiting. */
  Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll);

  /** Extends the task's lease; answers whether the task was canceled. */
  Result<Boolean> reportTaskProgress(String taskId, List<Field> fields);

  Result<Void> setTaskStatus(TaskStatusInput input);

  /** Answers whether the task runner should terminate (never, in Sluice). */
  Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat);

  // --- Sluice's extensions (not in AWS's API) ---

  /**
   * Creates a new pipeline named {@code name} (uniqueId {@code uniqueId}, or the name when null)
   * with the source's latest definition and tags, ready to activate; answers its id.
   */
  Result<String> clonePipeline(String pipelineId, String name, String uniqueId);

  /**
   * Runs a pipeline again whose runs ended (FINISHED, or failed): its on-demand schedule starts
   * anew with a new scheduled time, as if activated for the first time.
   */
  Result<Void> rerunPipeline(String pipelineId);
}
