package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.CreatePipelineInput;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineDescription;
import dev.sluice.core.pipelines.PipelinePage;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerHeartbeat;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.pipelines.TaskStatusInput;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * AWS Data Pipeline's control plane on a {@link PipelineCatalog}: each operation checks as Data
 * Pipeline does, writes with a compare-and-set on the pipeline's revision, and leaves the runtime
 * (activation, run objects, task runners) to {@link PipelineRuns}.
 */
public final class CatalogPipelineService implements PipelineService {
  private final PipelineOperations pipelines;
  private final PipelineClones clones;
  private final DefinitionOperations definitions;
  private final RunOperations runOperations;
  private final StatusChanges statuses;
  private final ObjectQueries queries;
  private final ObjectDescriptions descriptions;
  private final TagOperations tags;
  private final TaskOperations tasks;

  public CatalogPipelineService(PipelineCatalog catalog, PipelineRuns runs, Clock clock) {
    this(catalog, runs, clock, new PipelineIds());
  }

  CatalogPipelineService(PipelineCatalog catalog, PipelineRuns runs, Clock clock, PipelineIds ids) {
    var lookup = new PipelineLookup(catalog);
    var writes = new PipelineWrites(catalog, lookup);
    var created = new NewPipelines(catalog, ids, clock);
    this.pipelines = new PipelineOperations(catalog, lookup, writes, created);
    this.clones = new PipelineClones(lookup, created);
    this.definitions = new DefinitionOperations(lookup, writes);
    this.runOperations = new RunOperations(lookup, runs);
    this.statuses = new StatusChanges(lookup, runs);
    this.queries = new ObjectQueries(lookup, runs);
    this.descriptions = new ObjectDescriptions(lookup, runs);
    this.tags = new TagOperations(writes);
    this.tasks = new TaskOperations(runs);
  }

  @Override
  public Result<String> createPipeline(CreatePipelineInput input) {
    return pipelines.create(input);
  }

  @Override
  public Result<Void> deletePipeline(String pipelineId) {
    return pipelines.delete(pipelineId);
  }

  @Override
  public Result<PipelinePage> listPipelines(String marker) {
    return pipelines.list(marker);
  }

  @Override
  public Result<List<PipelineDescription>> describePipelines(List<String> pipelineIds) {
    return pipelines.describe(pipelineIds);
  }

  @Override
  public Result<ValidationReport> putPipelineDefinition(
      String pipelineId, PipelineDefinition definition) {
    return definitions.put(pipelineId, definition);
  }

  @Override
  public Result<ValidationReport> validatePipelineDefinition(
      String pipelineId, PipelineDefinition definition) {
    return definitions.validate(pipelineId, definition);
  }

  @Override
  public Result<PipelineDefinition> getPipelineDefinition(String pipelineId, String version) {
    return definitions.get(pipelineId, version);
  }

  @Override
  public Result<Void> activatePipeline(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp) {
    return runOperations.activate(pipelineId, parameterValues, startTimestamp);
  }

  @Override
  public Result<Void> deactivatePipeline(String pipelineId, boolean cancelActive) {
    return runOperations.deactivate(pipelineId, cancelActive);
  }

  @Override
  public Result<IdPage> queryObjects(ObjectQueryInput input) {
    return queries.query(input);
  }

  @Override
  public Result<ObjectPage> describeObjects(
      String pipelineId, List<String> objectIds, boolean evaluateExpressions, String marker) {
    return descriptions.describe(pipelineId, objectIds, evaluateExpressions, marker);
  }

  @Override
  public Result<String> evaluateExpression(String pipelineId, String objectId, String expression) {
    return runOperations.evaluateExpression(pipelineId, objectId, expression);
  }

  @Override
  public Result<Void> setStatus(String pipelineId, List<String> objectIds, String status) {
    return statuses.setStatus(pipelineId, objectIds, status);
  }

  @Override
  public Result<Void> addTags(String pipelineId, List<Tag> tags) {
    return this.tags.add(pipelineId, tags);
  }

  @Override
  public Result<Void> removeTags(String pipelineId, List<String> tagKeys) {
    return this.tags.remove(pipelineId, tagKeys);
  }

  @Override
  public Result<Optional<TaskAssignment>> pollForTask(TaskRunnerPoll poll) {
    return tasks.poll(poll);
  }

  @Override
  public Result<Boolean> reportTaskProgress(String taskId, List<Field> fields) {
    return tasks.reportProgress(taskId, fields);
  }

  @Override
  public Result<Void> setTaskStatus(TaskStatusInput input) {
    return tasks.setStatus(input);
  }

  @Override
  public Result<Boolean> reportTaskRunnerHeartbeat(TaskRunnerHeartbeat heartbeat) {
    return tasks.heartbeat(heartbeat);
  }

  @Override
  public Result<String> clonePipeline(String pipelineId, String name, String uniqueId) {
    return clones.clone(pipelineId, name, uniqueId);
  }

  @Override
  public Result<Void> rerunPipeline(String pipelineId) {
    return runOperations.rerun(pipelineId);
  }
}
