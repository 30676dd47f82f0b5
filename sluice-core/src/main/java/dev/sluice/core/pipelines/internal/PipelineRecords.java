package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.List;

/** Changed copies of stored pipelines, each at the next revision. */
final class PipelineRecords {
  private PipelineRecords() {}

  static StoredPipeline withTags(StoredPipeline p, List<Tag> tags) {
    return p.toBuilder().tags(tags).nextRevision().build();
  }

  /** The next version of the latest definition. */
  static StoredPipeline withLatest(
      StoredPipeline p, PipelineDefinition latest, ValidationReport report) {
    return p.toBuilder().latest(latest, report, p.latestVersion() + 1).nextRevision().build();
  }

  static StoredPipeline asDeleted(StoredPipeline p) {
    return p.toBuilder().deleted().nextRevision().build();
  }
}
