package dev.sluice.core.pipelines;

import java.util.List;
import java.util.Optional;

/**
 * An in-memory catalog behind a test's own {@link #commit}: every other call goes to {@link
 * #memory} unchanged, so a test can make writers race or lose.
 */
public abstract class ForwardingCatalog implements PipelineCatalog {
  public final MemoryPipelineCatalog memory;

  protected ForwardingCatalog(MemoryPipelineCatalog memory) {
    this.memory = memory;
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
