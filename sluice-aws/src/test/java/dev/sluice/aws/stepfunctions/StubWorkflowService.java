package dev.sluice.aws.stepfunctions;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.AliasUpdate;
import dev.sluice.core.workflows.DefinitionReport;
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
import dev.sluice.core.workflows.WorkflowService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow service that answers what a test set for an operation (a failure otherwise) and
 * records each call with its arguments: the endpoint's collaborator, not the thing under test.
 */
final class StubWorkflowService implements WorkflowService {
  final List<List<Object>> calls = new ArrayList<>();
  private final Map<String, Result<?>> answers = new HashMap<>();

  StubWorkflowService answer(String operation, Result<?> result) {
    answers.put(operation, result);
    return this;
  }

  @SuppressWarnings("unchecked")
  private <T> Result<T> call(String operation, Object... args) {
    var call = new ArrayList<>();
    call.add(operation);
    call.addAll(java.util.Arrays.asList(args));
    calls.add(call);
    return (Result<T>)
        answers.getOrDefault(
            operation, Result.err(Failure.of("InternalFailure", 500, "no answer set")));
  }

  @Override
  public Result<MachineCreated> createStateMachine(ResourceScope scope, NewMachine machine) {
    return call("CreateStateMachine", scope, machine);
  }

  @Override
  public Result<MachineRecord> describeStateMachine(String arn) {
    return call("DescribeStateMachine", arn);
  }

  @Override
  public Result<MachineUpdated> updateStateMachine(MachineUpdate update) {
    return call("UpdateStateMachine", update);
  }

  @Override
  public Result<Void> deleteStateMachine(String arn) {
    return call("DeleteStateMachine", arn);
  }

  @Override
  public Result<Page<MachineRecord>> listStateMachines(PageRequest page) {
    return call("ListStateMachines", page);
  }

  @Override
  public Result<MachineRecord> publishStateMachineVersion(
      String machineArn, String revisionId, String description) {
    return call("PublishStateMachineVersion", machineArn, revisionId, description);
  }

  @Override
  public Result<Page<MachineRecord>> listStateMachineVersions(String machineArn, PageRequest page) {
    return call("ListStateMachineVersions", machineArn, page);
  }

  @Override
  public Result<Void> deleteStateMachineVersion(String versionArn) {
    return call("DeleteStateMachineVersion", versionArn);
  }

  @Override
  public Result<AliasRecord> createStateMachineAlias(NewAlias alias) {
    return call("CreateStateMachineAlias", alias);
  }

  @Override
  public Result<AliasRecord> describeStateMachineAlias(String aliasArn) {
    return call("DescribeStateMachineAlias", aliasArn);
  }

  @Override
  public Result<AliasRecord> updateStateMachineAlias(AliasUpdate update) {
    return call("UpdateStateMachineAlias", update);
  }

  @Override
  public Result<Void> deleteStateMachineAlias(String aliasArn) {
    return call("DeleteStateMachineAlias", aliasArn);
  }

  @Override
  public Result<Page<AliasRecord>> listStateMachineAliases(String machineArn, PageRequest page) {
    return call("ListStateMachineAliases", machineArn, page);
  }

  @Override
  public Result<ExecutionRecord> startExecution(NewExecution execution) {
    return call("StartExecution", execution);
  }

  @Override
  public Result<ExecutionRecord> startSyncExecution(NewExecution execution) {
    return call("StartSyncExecution", execution);
  }

  @Override
  public Result<ExecutionRecord> describeExecution(String executionArn) {
    return call("DescribeExecution", executionArn);
  }

  @Override
  public Result<ExecutionRecord> stopExecution(String executionArn, String error, String cause) {
    return call("StopExecution", executionArn, error, cause);
  }

  @Override
  public Result<Page<ExecutionRecord>> listExecutions(ExecutionQuery query) {
    return call("ListExecutions", query);
  }

  @Override
  public Result<Page<HistoryEvent>> getExecutionHistory(HistoryQuery query) {
    return call("GetExecutionHistory", query);
  }

  @Override
  public Result<MachineRecord> describeStateMachineForExecution(String executionArn) {
    return call("DescribeStateMachineForExecution", executionArn);
  }

  @Override
  public Result<ExecutionRecord> redriveExecution(String executionArn) {
    return call("RedriveExecution", executionArn);
  }

  /** As a minute after the execution started (a stub has no clock). */
  @Override
  public Redrivability redrivability(ExecutionRecord execution) {
    return Redrivability.of(execution, execution.started().plusSeconds(60));
  }

  @Override
  public Result<ActivityRecord> createActivity(
      ResourceScope scope, String name, Map<String, String> tags) {
    return call("CreateActivity", scope, name, tags);
  }

  @Override
  public Result<ActivityRecord> describeActivity(String activityArn) {
    return call("DescribeActivity", activityArn);
  }

  @Override
  public Result<Void> deleteActivity(String activityArn) {
    return call("DeleteActivity", activityArn);
  }

  @Override
  public Result<Page<ActivityRecord>> listActivities(PageRequest page) {
    return call("ListActivities", page);
  }

  @Override
  public Result<Optional<TaskCallback>> getActivityTask(String activityArn, String workerName) {
    return call("GetActivityTask", activityArn, workerName);
  }

  @Override
  public Result<Void> sendTaskSuccess(String taskToken, String output) {
    return call("SendTaskSuccess", taskToken, output);
  }

  @Override
  public Result<Void> sendTaskFailure(String taskToken, String error, String cause) {
    return call("SendTaskFailure", taskToken, error, cause);
  }

  @Override
  public Result<Void> sendTaskHeartbeat(String taskToken) {
    return call("SendTaskHeartbeat", taskToken);
  }

  @Override
  public Result<Void> tagResource(String resourceArn, Map<String, String> tags) {
    return call("TagResource", resourceArn, tags);
  }

  @Override
  public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return call("UntagResource", resourceArn, tagKeys);
  }

  @Override
  public Result<Map<String, String>> listTagsForResource(String resourceArn) {
    return call("ListTagsForResource", resourceArn);
  }

  @Override
  public DefinitionReport validateStateMachineDefinition(String definition, MachineType type) {
    Result<DefinitionReport> report = call("ValidateStateMachineDefinition", definition, type);
    return report.value();
  }
}
