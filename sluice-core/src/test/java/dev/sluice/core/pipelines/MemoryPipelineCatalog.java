package dev.sluice.core.pipelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline catalog in memory for the core's own tests, with the port's compare-and-set: the JDBC
 * catalog is measured against the same contract in sluice-store. Committed events are kept in
 * {@link #events()} in commit order.
 */
public final class MemoryPipelineCatalog implements PipelineCatalog {
  private final Map<String, StoredPipeline> pipelines = new LinkedHashMap<>();
  private final Map<String, Map<String, RunObject>> runs = new LinkedHashMap<>();
  private final List<ScheduledEvent> events = new ArrayList<>();

  @Override
  public synchronized StoredPipeline insertOrExisting(StoredPipeline pipeline) {
    for (var stored : pipelines.values()) {
      if (!stored.deleted()
          && stored.name().equals(pipeline.name())
          && stored.uniqueId().equals(pipeline.uniqueId())) {
        return stored;
      }
    }
    pipelines.put(pipeline.id(), pipeline);
    return pipeline;
  }

  @Override
  public synchronized Optional<StoredPipeline> find(String pipelineId) {
    return Optional.ofNullable(pipelines.get(pipelineId));
  }

  @Override
  public synchronized List<StoredPipeline> list(String afterId, int limit) {
    var all = pipelines.values().stream().filter(p -> !p.deleted()).toList();
    int from = 0;
    if (afterId != null) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(afterId)) {
          from = i + 1;
        }
      }
    }
    return all.subList(Math.min(from, all.size()), Math.min(from + limit, all.size()));
  }

  @Override
  public synchronized boolean commit(PipelineChange change) {
    var stored = pipelines.get(change.pipeline().id());
    if (stored == null || stored.revision() != change.expectedRevision()) {
      return false;
    }
    pipelines.put(stored.id(), change.pipeline());
    var objects = runs.computeIfAbsent(stored.id(), id -> new LinkedHashMap<>());
    if (change.dropRunObjects()) {
      objects.clear();
    }
    for (var object : change.upserts()) {
      objects.put(object.id(), object);
    }
    events.addAll(change.events());
    return true;
  }

  @Override
  public synchronized List<RunObject> runObjects(String pipelineId) {
    return List.copyOf(runs.getOrDefault(pipelineId, Map.of()).values());
  }

  @Override
  public synchronized Optional<RunObject> runObject(String pipelineId, String objectId) {
    return Optional.ofNullable(runs.getOrDefault(pipelineId, Map.of()).get(objectId));
  }

  @Override
  public synchronized Optional<RunObject> attemptByTask(String taskId) {
    return runs.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(o -> taskId.equals(o.taskId()))
        .findFirst();
  }

  @Override
  public synchronized List<RunObject> waitingAttempts(String workerGroup, int limit) {
    return runs.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(o -> RunObject.ATTEMPT.equals(o.sphere()))
        .filter(o -> workerGroup.equals(o.workerGroup()))
        .filter(o -> "WAITING_FOR_RUNNER".equals(o.status()))
        .limit(limit)
        .toList();
  }

  /** Every event committed so far, in commit order. */
  public synchronized List<ScheduledEvent> events() {
    return List.copyOf(events);
  }
}
