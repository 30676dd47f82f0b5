package dev.sluice.aws.datapipeline;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline service that records each call with its arguments and answers what a test set for the
 * operation (a 500 failure otherwise): the endpoint's collaborator, not the thing under test.
 */
final class RecordingPipelineService implements PipelineService {
  final List<List<Object>> calls = new ArrayList<>();
  private final Map<String, Result<?>> answers = new HashMap<>();

  RecordingPipelineService answer(String operation, Result<?> result) {
    answers.put(operation, result);
    return this;
  }

  @SuppressWarnings("unchecked")
  private <T> Result<T> call(String operation, Object... args) {
    var call = new ArrayList<>();
    call.add(operation);
    call.addAll(Arrays.asList(args));
    calls.add(call);
    return (Result<T>)
        answers.getOrDefault(
            operation, Result.err(Failure.of("InternalServiceError", 500, "no answer set")));
  }

  @Override
  public Result<String> createPipeline(CreatePipelineInput input) {
    return call("CreatePipeline", input);
  }

  @Override
  public Result<Void> deletePipeline(String pipelineId) {
    return call("DeletePipeline", pipelineId);
  }

  @Override
  public Result<PipelinePage> listPipelines(String marker) {
    return call("ListPipelines", marker);
  }

  @Override
  public Result<List<PipelineDescription>> describePipelines(List<String> pipelineIds) {
    return call("DescribePipelines", pipelineIds);
  }

  @Override
  public Result<ValidationReport> putPipelineDefinition(
      String pipelineId, PipelineDefinition definition) {
    return call("PutPipelineDefinition", pipelineId, definition);
  }

  @Override
  public Result<ValidationReport> validatePipelineDefinition(
      String pipelineId, PipelineDefinition definition) {
    return call("ValidatePipelineDefinition", pipelineId, definition);
  }

  @Override
  public Result<PipelineDefinition> getPipelineDefinition(String pipelineId, String version) {
    return call("GetPipelineDefinition", pipelineId, version);
  }

  @Override
  public Result<Void> activatePipeline(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp) {
    return call("ActivatePipeline", pipelineId, parameterValues, startTimestamp);
  }

  @Override
  public Result<Void> deactivatePipeline(String pipelineId, boolean cancelActive) {
    return call("DeactivatePipeline", pipelineId, cancelActive);
  }

  @Override
  public Result<IdPage> queryObjects(ObjectQueryInput input) {
    return call("QueryObjects", input);
  }

  @Override
  public Result<ObjectPage> describeObjects(
      String pipelineId, List<String> objectIds, boolean evaluateExpressions, String marker) {
    return call("DescribeObjects", pipelineId, objectIds, evaluateExpressions, marker);
  }

  @Override
  public Result<String> evaluateExpression(String pipelineId, String objectId, String expression) {
    return call("EvaluateExpression", pipelineId, objectId, expression);
  }

  @Override
  public Result<Void> setStatus(String pipelineId, List<String> objectIds, String status) {
    return call("SetStatus", pipelineId, objectIds, status);
  }

  @Override
  public Result<Void> addTags(String pipelineId, List<Tag> tags) {
    return call("AddTags", pipelineId, tags);
  }

  @Override
  public Result<Void> removeTags(String pipelineId, List<String> tagKeys) {
    return call("RemoveTags", pipelineId, tagKeys);
  }

  @Override
  public Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll) {
    return call("PollForTask", poll);
  }

  @Override
  public Result<Boolean> reportTaskProgress(String taskId, List<Field> fields) {
    return call("ReportTaskProgress", taskId, fields);
  }

  @Override
  public Result<Void> setTaskStatus(TaskStatusInput input) {
    return call("SetTaskStatus", input);
  }

  @Override
  public Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat) {
    return call("ReportTaskRunnerHeartbeat", heartbeat);
  }

  @Override
  public Result<String> clonePipeline(String pipelineId, String name, String uniqueId) {
    return call("ClonePipeline", pipelineId, name, uniqueId);
  }

  @Override
  public Result<Void> rerunPipeline(String pipelineId) {
    return call("RerunPipeline", pipelineId);
  }
}
