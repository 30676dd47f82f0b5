package dev.sluice.core.workflows;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where state machines, executions, their histories, activities and tags are kept. Each method is
 * one transaction. Safe for several nodes sharing one database.
 */
public interface WorkflowStore {

  // --- state machines, versions, aliases

  /** Inserts a machine or version with its tags; false when its ARN exists. */
  boolean insertMachine(MachineRecord machine, Map<String, String> tags);

  Optional<MachineRecord> findMachine(String arn);

  /** Replaces the machine if its revision is still {@code expectedRevisionId}; false otherwise. */
  boolean replaceMachine(MachineRecord machine, String expectedRevisionId);

  /** Deletes a machine with its versions, aliases and their tags; executions stay. */
  void deleteMachine(String arn);

  /** Deletes one published version (and its tags). */
  void deleteVersion(String versionArn);

  /** Machines (not versions) ordered by ARN, after {@code afterArn} (null: from the start). */
  List<MachineRecord> listMachines(String afterArn, int limit);

  /** Versions of a machine, newest first, below {@code beforeVersion} (null: from the newest). */
  List<MachineRecord> listVersions(String machineArn, Integer beforeVersion, int limit);

  /** Inserts an alias; false when its ARN exists. */
  boolean insertAlias(AliasRecord alias);

  /** Replaces an existing alias; false when it does not exist. */
  boolean replaceAlias(AliasRecord alias);

  boolean deleteAlias(String aliasArn);

  Optional<AliasRecord> findAlias(String aliasArn);

  /** A machine's aliases ordered by ARN, after {@code afterArn} (null: from the start). */
  List<AliasRecord> listAliases(String machineArn, String afterArn, int limit);

  // --- executions

  /**
   * Inserts a standard execution with its first events and frames. When an execution with the same
   * ARN exists nothing is written and the existing record is returned (name idempotency is decided
   * by the caller); otherwise returns {@code execution}.
   */
  ExecutionRecord insertExecution(
      ExecutionRecord execution, List<HistoryEvent> events, List<ExecutionFrame> frames);

  Optional<ExecutionRecord> findExecution(String arn);

  /**
   * Executions of a machine (unqualified ARN), of one version or of one alias ({@code source} is
   * any of these), newest start first; {@code status} null for all; {@code offset} rows skipped.
   */
  List<ExecutionRecord> listExecutions(
      String source, ExecutionStatus status, int offset, int limit);

  /** How many executions of the machine are RUNNING. */
  int countRunning(String machineArn);

  /**
   * Durably applies one step of an execution (events, frames, callbacks, record) in one
   * transaction; concurrent calls may share a commit. Returns once it is durable.
   */
  void progress(Progress progress);

  /** History events with id greater than {@code afterId}, oldest first. */
  List<HistoryEvent> history(String executionArn, long afterId, int limit);

  /** History events with id less than {@code beforeId}, newest first. */
  List<HistoryEvent> historyReversed(String executionArn, long beforeId, int limit);

  /** The highest event id of the execution (0 when none). */
  long lastEventId(String executionArn);

  List<ExecutionFrame> frames(String executionArn);

  /** ARNs of standard executions that are RUNNING, ordered, after {@code afterArn}. */
  List<String> running(String afterArn, int limit);

  // --- task callbacks and activities

  Optional<TaskCallback> findCallback(String token);

  /** Records the answer to a waiting callback; false when it has one already or is unknown. */
  boolean answerCallback(String token, String outcome);

  /** Callbacks of the execution that are still waiting (no outcome). */
  List<TaskCallback> openCallbacks(String executionArn);

  /** Removes callbacks (answered and consumed, or abandoned). */
  void dropCallbacks(Collection<String> tokens);

  /**
   * Hands the oldest untaken task of the activity to {@code worker} (safe across nodes: SKIP
   * LOCKED), or empty when there is none.
   */
  Optional<TaskCallback> takeActivityTask(String activityArn, String worker);

  /** Inserts an activity with its tags; false when its ARN exists. */
  boolean insertActivity(ActivityRecord activity, Map<String, String> tags);

  Optional<ActivityRecord> findActivity(String arn);

  void deleteActivity(String arn);

  /** Activities ordered by ARN, after {@code afterArn} (null: from the start). */
  List<ActivityRecord> listActivities(String afterArn, int limit);

  // --- tags (state machines, activities)

  Map<String, String> tags(String resourceArn);

  void putTags(String resourceArn, Map<String, String> tags);

  void removeTags(String resourceArn, Collection<String> keys);
}
