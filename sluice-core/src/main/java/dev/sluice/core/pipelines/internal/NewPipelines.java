package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;

/**
 * Inserts new pipelines under fresh ids, idempotently on name + uniqueId: a pipeline not deleted
 * with both already there is answered instead.
 */
final class NewPipelines {
  private final PipelineCatalog catalog;
  private final PipelineIds ids;
  private final Clock clock;

  NewPipelines(PipelineCatalog catalog, PipelineIds ids, Clock clock) {
    this.catalog = catalog;
    this.ids = ids;
    this.clock = clock;
  }

  /** Checks CreatePipeline's name and uniqueId. */
  static Result<Void> checkNames(String name, String uniqueId) {
    if (name == null) {
      return PipelineFailures.missing("name");
    }
    if (uniqueId == null) {
      return PipelineFailures.missing("uniqueId");
    }
    if (name.isEmpty() || uniqueId.isEmpty()) {
      var member = name.isEmpty() ? "name" : "uniqueId";
      return PipelineFailures.invalid(
          "1 validation error detected: Value '' at '"
              + member
              + "' failed to satisfy constraint: Member must have length greater than or equal"
              + " to 1");
    }
    return Result.ok(null);
  }

  /**
   * The id of the pipeline inserted, or of the one already there with this name and uniqueId.
   *
   * @param latest the first definition version (null: none yet)
   */
  String insert(
      String name,
      String uniqueId,
      String description,
      List<Tag> tags,
      String account,
      PipelineDefinition latest,
      ValidationReport report) {
    boolean defined = latest != null;
    var record =
        StoredPipeline.pending(
            freshId(),
            name,
            uniqueId,
            description,
            tags,
            account,
            clock.now(),
            defined ? latest : PipelineDefinition.empty(),
            defined ? report : ValidationReport.clean(),
            defined ? 1 : 0);
    return catalog.insertOrExisting(record).id();
  }

  private String freshId() {
    var id = ids.next();
    while (catalog.find(id).isPresent()) {
      id = ids.next();
    }
    return id;
  }
}
