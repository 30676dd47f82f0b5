package dev.sluice.core.workflows.engine;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The executions part of a WorkflowStore, in memory, for engine tests in this module (the real
 * stores live in sluice-store, which depends on this one). Surviving the engine that wrote it, it
 * stands for the database across a restart. Machines, activities and tags are outside these tests.
 */
final class MemoryWorkflowStore implements WorkflowStore {
  private final Map<String, ExecutionRecord> executions = new TreeMap<>();
  private final Map<String, List<HistoryEvent>> histories = new LinkedHashMap<>();
  private final Map<String, Map<String, ExecutionFrame>> frames = new LinkedHashMap<>();
  private final Map<String, TaskCallback> callbacks = new LinkedHashMap<>();

  @Override
  public synchronized ExecutionRecord insertExecution(
      ExecutionRecord execution, List<HistoryEvent> events, List<ExecutionFrame> first) {
    ExecutionRecord existing = executions.putIfAbsent(execution.arn(), execution);
    if (existing != null) {
      return existing;
    }
    histories.put(execution.arn(), new ArrayList<>(events));
    Map<String, ExecutionFrame> scopes = new LinkedHashMap<>();
    first.forEach(frame -> scopes.put(frame.scope(), frame));
    frames.put(execution.arn(), scopes);
    return execution;
  }

  @Override
  public synchronized Optional<ExecutionRecord> findExecution(String arn) {
    return Optional.ofNullable(executions.get(arn));
  }

  @Override
  public synchronized void progress(Progress progress) {
    String arn = progress.executionArn();
    histories.get(arn).addAll(progress.events());
    Map<String, ExecutionFrame> scopes = frames.get(arn);
    progress.frames().forEach(frame -> scopes.put(frame.scope(), frame));
    progress.dropped().forEach(scopes::remove);
    progress.callbacks().forEach(callback -> callbacks.put(callback.token(), callback));
    if (progress.record() != null) {
      executions.put(arn, progress.record());
    }
  }

  @Override
  public synchronized List<HistoryEvent> history(String executionArn, long afterId, int limit) {
    return histories.get(executionArn).stream()
        .filter(event -> event.id() > afterId)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long lastEventId(String executionArn) {
    List<HistoryEvent> events = histories.get(executionArn);
    return events.isEmpty() ? 0 : events.get(events.size() - 1).id();
  }

  @Override
  public synchronized List<ExecutionFrame> frames(String executionArn) {
    return List.copyOf(frames.get(executionArn).values());
  }

  @Override
  public synchronized List<String> running(String afterArn, int limit) {
    return executions.values().stream()
        .filter(e -> e.status() == ExecutionStatus.RUNNING)
        .map(ExecutionRecord::arn)
        .filter(arn -> afterArn == null || arn.compareTo(afterArn) > 0)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<TaskCallback> findCallback(String token) {
    return Optional.ofNullable(callbacks.get(token));
  }

  @Override
  public synchronized boolean answerCallback(String token, String outcome) {
    TaskCallback callback = callbacks.get(token);
    if (callback == null || callback.outcome() != null) {
      return false;
    }
    callbacks.put(
        token,
        new TaskCallback(
            token,
            callback.executionArn(),
            callback.scope(),
            callback.activityArn(),
            callback.input(),
            callback.created(),
            callback.worker(),
            outcome));
    return true;
  }

  @Override
  public synchronized List<TaskCallback> openCallbacks(String executionArn) {
    return callbacks.values().stream()
        .filter(c -> c.executionArn().equals(executionArn) && c.outcome() == null)
        .toList();
  }

  @Override
  public synchronized void dropCallbacks(Collection<String> tokens) {
    tokens.forEach(callbacks::remove);
  }

  @Override
  public Optional<MachineRecord> findMachine(String arn) {
    return Optional.empty();
  }

  // --- outside these tests

  private static UnsupportedOperationException outside() {
    return new UnsupportedOperationException("not part of the engine's tests");
  }

  @Override
  public boolean insertMachine(MachineRecord machine, Map<String, String> tags) {
    throw outside();
  }

  @Override
  public boolean replaceMachine(MachineRecord machine, String expectedRevisionId) {
    throw outside();
  }

  @Override
  public void deleteMachine(String arn) {
    throw outside();
  }

  @Override
  public void deleteVersion(String versionArn) {
    throw outside();
  }

  @Override
  public List<MachineRecord> listMachines(String afterArn, int limit) {
    throw outside();
  }

  @Override
  public List<MachineRecord> listVersions(String machineArn, Integer beforeVersion, int limit) {
    throw outside();
  }

  @Override
  public boolean insertAlias(AliasRecord alias) {
    throw outside();
  }

  @Override
  public boolean replaceAlias(AliasRecord alias) {
    throw outside();
  }

  @Override
  public boolean deleteAlias(String aliasArn) {
    throw outside();
  }

  @Override
  public Optional<AliasRecord> findAlias(String aliasArn) {
    throw outside();
  }

  @Override
  public List<AliasRecord> listAliases(String machineArn, String afterArn, int limit) {
    throw outside();
  }

  @Override
  public List<ExecutionRecord> listExecutions(
      String source, ExecutionStatus status, int offset, int limit) {
    throw outside();
  }

  @Override
  public int countRunning(String machineArn) {
    throw outside();
  }

  @Override
  public List<HistoryEvent> historyReversed(String executionArn, long beforeId, int limit) {
    throw outside();
  }

  @Override
  public Optional<TaskCallback> takeActivityTask(String activityArn, String worker) {
    return Optional.empty();
  }

  @Override
  public boolean insertActivity(ActivityRecord activity, Map<String, String> tags) {
    throw outside();
  }

  @Override
  public Optional<ActivityRecord> findActivity(String arn) {
    throw outside();
  }

  @Override
  public void deleteActivity(String arn) {
    throw outside();
  }

  @Override
  public List<ActivityRecord> listActivities(String afterArn, int limit) {
    throw outside();
  }

  @Override
  public Map<String, String> tags(String resourceArn) {
    throw outside();
  }

  @Override
  public void putTags(String resourceArn, Map<String, String> tags) {
    throw outside();
  }

  @Override
  public void removeTags(String resourceArn, Collection<String> keys) {
    throw outside();
  }
}
