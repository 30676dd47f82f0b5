package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.time.Instant;
import java.util.List;

/** New pipeline records and changed copies of stored ones (each at the next revision). */
final class PipelineRecords {
  private PipelineRecords() {}

  /** A pipeline never activated, at revision 0, with {@code latest} as version 1 (if given). */
  static StoredPipeline created(
      String id,
      String name,
      String uniqueId,
      String description,
      List<Tag> tags,
      String account,
      Instant now,
      PipelineDefinition latest,
      ValidationReport report) {
    boolean defined = latest != null;
    return StoredPipeline.pending(
        id,
        name,
        uniqueId,
        description,
        tags,
        account,
        now,
        defined ? latest : PipelineDefinition.empty(),
        defined ? report : ValidationReport.clean(),
        defined ? 1 : 0);
  }

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
