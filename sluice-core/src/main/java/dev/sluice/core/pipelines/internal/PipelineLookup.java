package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;

/** Finds the pipeline a call names, failing as Data Pipeline fails. */
final class PipelineLookup {
  private final PipelineCatalog catalog;

  PipelineLookup(PipelineCatalog catalog) {
    this.catalog = catalog;
  }

  /** The pipeline; PipelineNotFoundException or PipelineDeletedException when it is not there. */
  Result<StoredPipeline> live(String pipelineId) {
    if (pipelineId == null) {
      return PipelineFailures.missing("pipelineId");
    }
    var found = catalog.find(pipelineId);
    if (found.isEmpty()) {
      return PipelineFailures.notFound(pipelineId);
    }
    if (found.get().deleted()) {
      return PipelineFailures.deleted(pipelineId);
    }
    return Result.ok(found.get());
  }

  /** The pipeline not deleted; a deleted one is PipelineNotFoundException (DeletePipeline). */
  Result<StoredPipeline> notDeleted(String pipelineId) {
    if (pipelineId == null) {
      return PipelineFailures.missing("pipelineId");
    }
    return catalog
        .find(pipelineId)
        .filter(p -> !p.deleted())
        .<Result<StoredPipeline>>map(Result::ok)
        .orElseGet(() -> PipelineFailures.notFound(pipelineId));
  }
}
