package dev.sluice.core.pipelines;

import java.util.List;
import java.util.Optional;

/**
 * Where pipelines, their definitions and their run objects are kept. Every change of a pipeline is
 * a compare-and-set on its revision, committed with its run objects and outbox events in one
 * transaction; a writer that lost re-reads and applies its change again.
 */
public interface PipelineCatalog {

  /**
   * Inserts {@code pipeline} (revision 0) unless a pipeline not deleted has the same name and
   * uniqueId; answers the stored one either way (callers compare ids).
   */
  StoredPipeline insertOrExisting(StoredPipeline pipeline);

  /** The pipeline, deleted or not. */
  Optional<StoredPipeline> find(String pipelineId);

  /**
   * Pipelines not deleted, in creation order, after {@code afterId} (null first), at most limit.
   */
  List<StoredPipeline> list(String afterId, int limit);

  /** Commits the change; false (nothing written) when the revision moved on. */
  boolean commit(PipelineChange change);

  /** Every run object of the pipeline (all generations), in insertion order. */
  List<RunObject> runObjects(String pipelineId);

  Optional<RunObject> runObject(String pipelineId, String objectId);

  /** The attempt that was handed out with {@code taskId}. */
  Optional<RunObject> attemptByTask(String taskId);

  /**
   * Attempts waiting for an external task runner of {@code workerGroup} (status {@code
   * WAITING_FOR_RUNNER}), oldest first, at most limit, across pipelines.
   */
  List<RunObject> waitingAttempts(String workerGroup, int limit);
}
