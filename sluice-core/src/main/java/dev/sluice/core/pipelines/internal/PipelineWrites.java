package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.function.Function;

/**
 * Changes of one pipeline as compare-and-sets on its revision: a writer that lost re-reads the
 * pipeline, checks again and applies its change again, a bounded number of times.
 */
final class PipelineWrites {
  static final int MAX_ATTEMPTS = 32;
  private final PipelineCatalog catalog;
  private final PipelineLookup lookup;

  PipelineWrites(PipelineCatalog catalog, PipelineLookup lookup) {
    this.catalog = catalog;
    this.lookup = lookup;
  }

  /**
   * Applies {@code change} (which answers the next record, revision already incremented) to the
   * pipeline as it is stored now, until the commit wins.
   */
  Result<StoredPipeline> update(
      String pipelineId, Function<StoredPipeline, Result<StoredPipeline>> change) {
    return commit(pipelineId, false, lookup::live, change);
  }

  /** Marks the pipeline deleted and drops its run objects. */
  Result<StoredPipeline> delete(String pipelineId) {
    return commit(
        pipelineId,
        true,
        lookup::notDeleted,
        current -> Result.ok(PipelineRecords.asDeleted(current)));
  }

  private Result<StoredPipeline> commit(
      String pipelineId,
      boolean dropRunObjects,
      Function<String, Result<StoredPipeline>> read,
      Function<StoredPipeline, Result<StoredPipeline>> change) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var current = read.apply(pipelineId);
      if (!current.isOk()) {
        return current;
      }
      var next = change.apply(current.value());
      if (!next.isOk()) {
        return next;
      }
      var revision = current.value().revision();
      var committed =
          catalog.commit(
              new PipelineChange(next.value(), revision, List.of(), dropRunObjects, List.of()));
      if (committed) {
        return next;
      }
    }
    return PipelineFailures.internal();
  }
}
