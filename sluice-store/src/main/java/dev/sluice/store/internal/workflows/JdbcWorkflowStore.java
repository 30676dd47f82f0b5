package dev.sluice.store.internal.workflows;

import dev.sluice.core.workflows.ActivityRecord;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.internal.jdbc.GroupCommit;
import dev.sluice.store.internal.jdbc.SqlWork;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step Functions' state on a JDBC database (tables of {@code V5__workflows.sql}). Execution starts
 * and steps are the hot path: concurrent ones share a transaction and its commit ({@link
 * GroupCommit}), each step's rows written with JDBC batches.
 */
public final class JdbcWorkflowStore implements WorkflowStore {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Transactions transactions;
  private final GroupCommit steps;

  public JdbcWorkflowStore(Transactions transactions) {
    this.transactions = transactions;
    this.steps = new GroupCommit(transactions);
  }

  @Override
  public boolean insertMachine(MachineRecord machine, Map<String, String> tags) {
    return insertTagged(
        "Creating state machine " + machine.arn(),
        machine.arn(),
        tags,
        c -> MachineTable.insertIfAbsent(c, machine));
  }

  @Override
  public Optional<MachineRecord> findMachine(String arn) {
    return run("Reading state machine " + arn, c -> MachineTable.find(c, arn));
  }

  @Override
  public boolean replaceMachine(MachineRecord machine, String expectedRevisionId) {
    return run(
        "Updating state machine " + machine.arn(),
        c -> MachineTable.replace(c, machine, expectedRevisionId));
  }

  @Override
  public void deleteMachine(String arn) {
    run(
        "Deleting state machine " + arn,
        c -> {
          TagTable.removeOfMachine(c, arn);
          AliasTable.deleteOfMachine(c, arn);
          MachineTable.deleteWithVersions(c, arn);
          return null;
        });
  }

  @Override
  public void deleteVersion(String versionArn) {
    run(
        "Deleting state machine version " + versionArn,
        c -> {
          TagTable.removeAll(c, versionArn);
          MachineTable.deleteVersion(c, versionArn);
          return null;
        });
  }

  @Override
  public List<MachineRecord> listMachines(String afterArn, int limit) {
    return run("Listing state machines", c -> MachineTable.machines(c, afterArn, limit));
  }

  @Override
  public List<MachineRecord> listVersions(String machineArn, Integer beforeVersion, int limit) {
    return run(
        "Listing versions of " + machineArn,
        c -> MachineTable.versions(c, machineArn, beforeVersion, limit));
  }

  @Override
  public boolean insertAlias(AliasRecord alias) {
    return run("Creating alias " + alias.arn(), c -> AliasTable.insertIfAbsent(c, alias));
  }

  @Override
  public boolean replaceAlias(AliasRecord alias) {
    return run("Updating alias " + alias.arn(), c -> AliasTable.replace(c, alias));
  }

  @Override
  public boolean deleteAlias(String aliasArn) {
    return run(
        "Deleting alias " + aliasArn,
        c -> {
          TagTable.removeAll(c, aliasArn);
          return AliasTable.delete(c, aliasArn);
        });
  }

  @Override
  public Optional<AliasRecord> findAlias(String aliasArn) {
    return run("Reading alias " + aliasArn, c -> AliasTable.find(c, aliasArn));
  }

  @Override
  public List<AliasRecord> listAliases(String machineArn, String afterArn, int limit) {
    return run(
        "Listing aliases of " + machineArn,
        c -> AliasTable.ofMachine(c, machineArn, afterArn, limit));
  }

  @Override
  public ExecutionRecord insertExecution(
      ExecutionRecord execution, List<HistoryEvent> events, List<ExecutionFrame> frames) {
    try {
      return steps.runBatched(
          "Starting execution " + execution.arn(),
          (c, batches) -> ProgressWrites.start(c, batches, execution, events, frames));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return findExecution(execution.arn()).orElseThrow(() -> e);
      }
      throw e;
    }
  }

  @Override
  public Optional<ExecutionRecord> findExecution(String arn) {
    return run("Reading execution " + arn, c -> ExecutionTable.find(c, arn));
  }

  @Override
  public List<ExecutionRecord> listExecutions(
      String source, ExecutionStatus status, int offset, int limit) {
    return run(
        "Listing executions of " + source,
        c -> ExecutionTable.list(c, source, status, offset, limit));
  }

  @Override
  public int countRunning(String machineArn) {
    return run(
        "Counting running executions of " + machineArn,
        c -> ExecutionTable.countRunning(c, machineArn));
  }

  @Override
  public void progress(Progress progress) {
    steps.runBatched(
        "Recording a step of execution " + progress.executionArn(),
        (c, batches) -> ProgressWrites.apply(batches, progress));
  }

  @Override
  public List<HistoryEvent> history(String executionArn, long afterId, int limit) {
    return run(
        "Reading the history of " + executionArn,
        c -> HistoryTable.after(c, executionArn, afterId, limit));
  }

  @Override
  public List<HistoryEvent> historyReversed(String executionArn, long beforeId, int limit) {
    return run(
        "Reading the history of " + executionArn,
        c -> HistoryTable.before(c, executionArn, beforeId, limit));
  }

  @Override
  public long lastEventId(String executionArn) {
    return run(
        "Reading the last event id of " + executionArn, c -> HistoryTable.lastId(c, executionArn));
  }

  @Override
  public List<ExecutionFrame> frames(String executionArn) {
    return run("Reading the frames of " + executionArn, c -> FrameTable.of(c, executionArn));
  }

  @Override
  public List<String> running(String afterArn, int limit) {
    return run("Listing running executions", c -> ExecutionTable.running(c, afterArn, limit));
  }

  @Override
  public Optional<TaskCallback> findCallback(String token) {
    return run("Reading a task token", c -> CallbackTable.find(c, token));
  }

  @Override
  public boolean answerCallback(String token, String outcome) {
    return run("Answering a task token", c -> CallbackTable.answer(c, token, outcome));
  }

  @Override
  public List<TaskCallback> openCallbacks(String executionArn) {
    return run(
        "Reading the open task tokens of " + executionArn,
        c -> CallbackTable.open(c, executionArn));
  }

  @Override
  public void dropCallbacks(Collection<String> tokens) {
    List<String> copy = List.copyOf(tokens);
    run(
        "Dropping task tokens",
        c -> {
          CallbackTable.drop(c, copy);
          return null;
        });
  }

  @Override
  public Optional<TaskCallback> takeActivityTask(String activityArn, String worker) {
    return run("Taking a task of " + activityArn, c -> CallbackTable.take(c, activityArn, worker));
  }

  @Override
  public boolean insertActivity(ActivityRecord activity, Map<String, String> tags) {
    return insertTagged(
        "Creating activity " + activity.arn(),
        activity.arn(),
        tags,
        c -> ActivityTable.insertIfAbsent(c, activity));
  }

  @Override
  public Optional<ActivityRecord> findActivity(String arn) {
    return run("Reading activity " + arn, c -> ActivityTable.find(c, arn));
  }

  @Override
  public void deleteActivity(String arn) {
    run(
        "Deleting activity " + arn,
        c -> {
          TagTable.removeAll(c, arn);
          ActivityTable.delete(c, arn);
          return null;
        });
  }

  @Override
  public List<ActivityRecord> listActivities(String afterArn, int limit) {
    return run("Listing activities", c -> ActivityTable.list(c, afterArn, limit));
  }

  @Override
  public Map<String, String> tags(String resourceArn) {
    return run("Reading the tags of " + resourceArn, c -> TagTable.of(c, resourceArn));
  }

  @Override
  public void putTags(String resourceArn, Map<String, String> tags) {
    Map<String, String> copy = Map.copyOf(tags);
    run(
        "Tagging " + resourceArn,
        c -> {
          TagTable.put(c, resourceArn, copy);
          return null;
        });
  }

  @Override
  public void removeTags(String resourceArn, Collection<String> keys) {
    List<String> copy = List.copyOf(keys);
    run(
        "Untagging " + resourceArn,
        c -> {
          TagTable.remove(c, resourceArn, copy);
          return null;
        });
  }

  /** Inserts a resource unless its ARN is taken, and its tags with it in one transaction. */
  private boolean insertTagged(
      String what, String arn, Map<String, String> tags, SqlWork<Boolean> insertIfAbsent) {
    return run(
        what,
        c -> {
          boolean inserted = insertIfAbsent.run(c);
          if (inserted) {
            TagTable.put(c, arn, tags);
          }
          return inserted;
        });
  }

  private <T> T run(String what, SqlWork<T> work) {
    return transactions.run(what, work);
  }
}
