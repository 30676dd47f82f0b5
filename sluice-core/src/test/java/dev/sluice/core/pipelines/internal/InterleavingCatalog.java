package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.MemoryPipelineCatalog;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The in-memory catalog with another writer slipped in: before the service's first commit, {@code
 * competitor} runs; {@code accept} may refuse commits outright. Counts commit calls.
 */
final class InterleavingCatalog implements PipelineCatalog {
  final MemoryPipelineCatalog memory = new MemoryPipelineCatalog();
  final AtomicInteger commits = new AtomicInteger();
  private volatile Runnable competitor = () -> {};
  private volatile Predicate<PipelineChange> accept = change -> true;

  void beforeNextCommit(Runnable competitor) {
    this.competitor = competitor;
  }

  void accept(Predicate<PipelineChange> accept) {
    this.accept = accept;
  }

  @Override
  public boolean commit(PipelineChange change) {
    commits.incrementAndGet();
    var slipIn = competitor;
    competitor = () -> {};
    slipIn.run();
    return accept.test(change) && memory.commit(change);
  }

  @Override
  public StoredPipeline insertOrExisting(StoredPipeline pipeline) {
    return memory.insertOrExisting(pipeline);
  }

  @Override
  public Optional<StoredPipeline> find(String pipelineId) {
    return memory.find(pipelineId);
  }

  @Override
  public List<StoredPipeline> list(String afterId, int limit) {
    return memory.list(afterId, limit);
  }

  @Override
  public List<RunObject> runObjects(String pipelineId) {
    return memory.runObjects(pipelineId);
  }

  @Override
  public Optional<RunObject> runObject(String pipelineId, String objectId) {
    return memory.runObject(pipelineId, objectId);
  }

  @Override
  public Optional<RunObject> attemptByTask(String taskId) {
    return memory.attemptByTask(taskId);
  }

  @Override
  public List<RunObject> waitingAttempts(String workerGroup, int limit) {
    return memory.waitingAttempts(workerGroup, limit);
  }
}
