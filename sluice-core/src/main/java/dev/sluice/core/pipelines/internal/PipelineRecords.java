package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** New pipeline records and changed copies of stored ones. */
final class PipelineRecords {
  static final String PENDING = "PENDING";

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
    return new StoredPipeline(
        id,
        name,
        uniqueId,
        description,
        tags,
        account,
        now,
        defined ? latest : PipelineDefinition.empty(),
        defined ? report : ValidationReport.clean(),
        defined ? 1 : 0,
        null,
        0,
        List.of(),
        PENDING,
        null,
        null,
        0,
        Map.of(),
        false,
        0);
  }

  static StoredPipeline withTags(StoredPipeline p, List<Tag> tags) {
    return new StoredPipeline(
        p.id(),
        p.name(),
        p.uniqueId(),
        p.description(),
        tags,
        p.account(),
        p.createdAt(),
        p.latest(),
        p.latestReport(),
        p.latestVersion(),
        p.active(),
        p.activeVersion(),
        p.activeParameterValues(),
        p.state(),
        p.firstActivatedAt(),
        p.scheduledStart(),
        p.generation(),
        p.runtimeFields(),
        p.deleted(),
        p.revision() + 1);
  }

  /** The next version of the latest definition. */
  static StoredPipeline withLatest(
      StoredPipeline p, PipelineDefinition latest, ValidationReport report) {
    return new StoredPipeline(
        p.id(),
        p.name(),
        p.uniqueId(),
        p.description(),
        p.tags(),
        p.account(),
        p.createdAt(),
        latest,
        report,
        p.latestVersion() + 1,
        p.active(),
        p.activeVersion(),
        p.activeParameterValues(),
        p.state(),
        p.firstActivatedAt(),
        p.scheduledStart(),
        p.generation(),
        p.runtimeFields(),
        p.deleted(),
        p.revision() + 1);
  }

  static StoredPipeline asDeleted(StoredPipeline p) {
    return new StoredPipeline(
        p.id(),
        p.name(),
        p.uniqueId(),
        p.description(),
        p.tags(),
        p.account(),
        p.createdAt(),
        p.latest(),
        p.latestReport(),
        p.latestVersion(),
        p.active(),
        p.activeVersion(),
        p.activeParameterValues(),
        p.state(),
        p.firstActivatedAt(),
        p.scheduledStart(),
        p.generation(),
        p.runtimeFields(),
        true,
        p.revision() + 1);
  }
}
