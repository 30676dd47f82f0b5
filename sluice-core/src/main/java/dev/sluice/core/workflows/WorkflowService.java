package dev.sluice.core.workflows;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Step Functions control plane: state machines with their versions and aliases, executions and
 * their histories, activities and tags. Failures carry Step Functions' error codes and messages
 * ({@code InvalidArn}, {@code StateMachineDoesNotExist}, {@code ExecutionAlreadyExists}, ...).
 * Executions themselves are run by an {@link ExecutionEngine}.
 */
public interface WorkflowService {

  // --- state machines

  Result<MachineCreated> createStateMachine(ResourceScope scope, NewMachine machine);

  /** A machine, or one of its versions when {@code arn} names one. */
  Result<MachineRecord> describeStateMachine(String arn);

  Result<MachineUpdated> updateStateMachine(MachineUpdate update);

  /**
   * Deletes a machine (with its versions and aliases) or, given a version's or an alias's ARN, that
   * version or alias. A machine with running executions is marked deleting and goes once they end.
   */
  Result<Void> deleteStateMachine(String arn);

  Result<Page<MachineRecord>> listStateMachines(PageRequest page);

  // --- versions

  /** Publishes the machine's current revision (if {@code revisionId} is null or still current). */
  Result<MachineRecord> publishStateMachineVersion(
      String machineArn, String revisionId, String description);

  /** Versions, newest first. */
  Result<Page<MachineRecord>> listStateMachineVersions(String machineArn, PageRequest page);

  Result<Void> deleteStateMachineVersion(String versionArn);

  // --- aliases

  Result<AliasRecord> createStateMachineAlias(NewAlias alias);

  Result<AliasRecord> describeStateMachineAlias(String aliasArn);

  Result<AliasRecord> updateStateMachineAlias(AliasUpdate update);

  Result<Void> deleteStateMachineAlias(String aliasArn);

  Result<Page<AliasRecord>> listStateMachineAliases(String machineArn, PageRequest page);

  // --- executions

  /** Starts an execution; the same name and input while it runs returns the running one. */
  Result<ExecutionRecord> startExecution(NewExecution execution);

  /** Runs an execution of an EXPRESS machine to its end and returns the ended record. */
  Result<ExecutionRecord> startSyncExecution(NewExecution execution);

  Result<ExecutionRecord> describeExecution(String executionArn);

  Result<ExecutionRecord> stopExecution(String executionArn, String error, String cause);

  /** Executions, newest first. */
  Result<Page<ExecutionRecord>> listExecutions(ExecutionQuery query);

  Result<Page<HistoryEvent>> getExecutionHistory(HistoryQuery query);

  /**
   * The machine as the execution ran it: its definition and role at start, the machine's (or the
   * version's) name, configurations and revision. {@code created} is the machine's update date.
   */
  Result<MachineRecord> describeStateMachineForExecution(String executionArn);

  Result<ExecutionRecord> redriveExecution(String executionArn);

  /**
   * RedriveExecution with its client token: a token that redrove the execution within the last 15
   * minutes (one of its last 10) answers that redrive again instead of redriving.
   */
  default Result<ExecutionRecord> redriveExecution(String executionArn, String clientToken) {
    return redriveExecution(executionArn);
  }

  /** Whether {@code execution} can be redriven now (DescribeExecution's redrive status). */
  default Redrivability redrivability(ExecutionRecord execution) {
    return Redrivability.of(execution, java.time.Instant.now());
  }

  // --- activities and task tokens

  /** Creates an activity; an existing one of the same name is returned as it is. */
  Result<ActivityRecord> createActivity(ResourceScope scope, String name, Map<String, String> tags);

  Result<ActivityRecord> describeActivity(String activityArn);

  Result<Void> deleteActivity(String activityArn);

  Result<Page<ActivityRecord>> listActivities(PageRequest page);

  /** Waits up to 60 s for a task of the activity; empty when none came. */
  Result<Optional<TaskCallback>> getActivityTask(String activityArn, String workerName);

  Result<Void> sendTaskSuccess(String taskToken, String output);

  Result<Void> sendTaskFailure(String taskToken, String error, String cause);

  Result<Void> sendTaskHeartbeat(String taskToken);

  // --- tags

  Result<Void> tagResource(String resourceArn, Map<String, String> tags);

  Result<Void> untagResource(String resourceArn, List<String> tagKeys);

  /** The tags in key order. */
  Result<Map<String, String>> listTagsForResource(String resourceArn);

  // --- definitions

  DefinitionReport validateStateMachineDefinition(String definition, MachineType type);
}
