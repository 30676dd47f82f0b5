package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.AliasUpdate;
import dev.sluice.core.workflows.DefinitionReport;
import dev.sluice.core.workflows.ExecutionEngine;
import dev.sluice.core.workflows.ExecutionQuery;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.HistoryQuery;
import dev.sluice.core.workflows.MachineCreated;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.MachineUpdated;
import dev.sluice.core.workflows.NewAlias;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import dev.sluice.core.workflows.Redrivability;
import dev.sluice.core.workflows.ResourceScope;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.TaskTokens;
import dev.sluice.core.workflows.WorkflowService;
import dev.sluice.core.workflows.WorkflowStore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The Step Functions control plane on a {@link WorkflowStore}; executions are handed to an {@link
 * ExecutionEngine}, which writes their histories. Each operation lives in a small class; this one
 * wires them.
 */
public final class CatalogWorkflowService implements WorkflowService {
  private final Catalog catalog;
  private final MachineOperations machines;
  private final UpdateOperation updates;
  private final VersionOperations versions;
  private final AliasOperations aliases;
  private final StartOperation starts;
  private final ExecutionOperations executions;
  private final ActivityOperations activities;
  private final TagOperations tags;

  public CatalogWorkflowService(WorkflowStore store, ExecutionEngine engine, Clock clock) {
    this(store, engine, clock, new SecureRandom());
  }

  /**
   * @param random draws execution names, revision ids and alias routes (a seeded one in tests)
   */
  public CatalogWorkflowService(
      WorkflowStore store, ExecutionEngine engine, Clock clock, RandomGenerator random) {
    this.catalog = new Catalog(store, engine, clock, random);
    var found = new Machines(store);
    this.versions = new VersionOperations(catalog, found);
    this.aliases = new AliasOperations(catalog, found);
    this.machines = new MachineOperations(catalog, found, versions, aliases);
    this.updates = new UpdateOperation(catalog, found, versions);
    this.starts = new StartOperation(catalog, found);
    this.executions = new ExecutionOperations(catalog, found);
    this.activities = new ActivityOperations(catalog);
    this.tags = new TagOperations(catalog, found);
  }

  @Override
  public Result<MachineCreated> createStateMachine(ResourceScope scope, NewMachine machine) {
    return machines.create(scope, machine);
  }

  @Override
  public Result<MachineRecord> describeStateMachine(String arn) {
    return machines.describe(arn);
  }

  @Override
  public Result<MachineUpdated> updateStateMachine(MachineUpdate update) {
    return updates.update(update);
  }

  @Override
  public Result<Void> deleteStateMachine(String arn) {
    return machines.delete(arn);
  }

  @Override
  public Result<Page<MachineRecord>> listStateMachines(PageRequest page) {
    return machines.list(page);
  }

  @Override
  public Result<MachineRecord> publishStateMachineVersion(
      String machineArn, String revisionId, String description) {
    return versions.publish(machineArn, revisionId, description);
  }

  @Override
  public Result<Page<MachineRecord>> listStateMachineVersions(String machineArn, PageRequest page) {
    return versions.list(machineArn, page);
  }

  @Override
  public Result<Void> deleteStateMachineVersion(String versionArn) {
    return versions.delete(versionArn);
  }

  @Override
  public Result<AliasRecord> createStateMachineAlias(NewAlias alias) {
    return aliases.create(alias);
  }

  @Override
  public Result<AliasRecord> describeStateMachineAlias(String aliasArn) {
    return aliases.describe(aliasArn);
  }

  @Override
  public Result<AliasRecord> updateStateMachineAlias(AliasUpdate update) {
    return aliases.update(update);
  }

  @Override
  public Result<Void> deleteStateMachineAlias(String aliasArn) {
    return aliases.delete(aliasArn);
  }

  @Override
  public Result<Page<AliasRecord>> listStateMachineAliases(String machineArn, PageRequest page) {
    return aliases.list(machineArn, page);
  }

  @Override
  public Result<ExecutionRecord> startExecution(NewExecution execution) {
    return starts.start(execution, false);
  }

  @Override
  public Result<ExecutionRecord> startSyncExecution(NewExecution execution) {
    return starts.start(execution, true);
  }

  @Override
  public Result<ExecutionRecord> describeExecution(String executionArn) {
    return executions.describe(executionArn);
  }

  @Override
  public Result<ExecutionRecord> stopExecution(String executionArn, String error, String cause) {
    return executions.stop(executionArn, error, cause);
  }

  @Override
  public Result<Page<ExecutionRecord>> listExecutions(ExecutionQuery query) {
    return executions.list(query);
  }

  @Override
  public Result<Page<HistoryEvent>> getExecutionHistory(HistoryQuery query) {
    return executions.history(query);
  }

  @Override
  public Result<MachineRecord> describeStateMachineForExecution(String executionArn) {
    return executions.forExecution(executionArn);
  }

  @Override
  public Result<ExecutionRecord> redriveExecution(String executionArn) {
    return executions.redrive(executionArn, null);
  }

  @Override
  public Result<ExecutionRecord> redriveExecution(String executionArn, String clientToken) {
    return executions.redrive(executionArn, clientToken);
  }

  @Override
  public Redrivability redrivability(ExecutionRecord execution) {
    return Redrivability.of(execution, catalog.now());
  }

  @Override
  public Result<ActivityRecord> createActivity(
      ResourceScope scope, String name, Map<String, String> tags) {
    return activities.create(scope, name, tags);
  }

  @Override
  public Result<ActivityRecord> describeActivity(String activityArn) {
    return activities.describe(activityArn);
  }

  @Override
  public Result<Void> deleteActivity(String activityArn) {
    return activities.delete(activityArn);
  }

  @Override
  public Result<Page<ActivityRecord>> listActivities(PageRequest page) {
    return activities.list(page);
  }

  @Override
  public Result<Optional<TaskCallback>> getActivityTask(String activityArn, String workerName) {
    return activities.poll(activityArn, workerName);
  }

  @Override
  public Result<Void> sendTaskSuccess(String taskToken, String output) {
    if (!TaskTokens.wellFormed(taskToken)) {
      return Result.err(WorkflowFailures.invalidToken());
    }
    return JsonTexts.output(output).flatMap(text -> catalog.engine().succeedTask(taskToken, text));
  }

  @Override
  public Result<Void> sendTaskFailure(String taskToken, String error, String cause) {
    if (!TaskTokens.wellFormed(taskToken)) {
      return Result.err(WorkflowFailures.invalidToken());
    }
    return catalog.engine().failTask(taskToken, error, cause);
  }

  @Override
  public Result<Void> sendTaskHeartbeat(String taskToken) {
    if (!TaskTokens.wellFormed(taskToken)) {
      return Result.err(WorkflowFailures.invalidToken());
    }
    return catalog.engine().heartbeat(taskToken);
  }

  @Override
  public Result<Void> tagResource(String resourceArn, Map<String, String> tags) {
    return this.tags.tag(resourceArn, tags);
  }

  @Override
  public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return tags.untag(resourceArn, tagKeys);
  }

  @Override
  public Result<Map<String, String>> listTagsForResource(String resourceArn) {
    return tags.list(resourceArn);
  }

  @Override
  public DefinitionReport validateStateMachineDefinition(String definition, MachineType type) {
    return DefinitionValidation.report(definition, type == null ? MachineType.STANDARD : type);
  }
}
