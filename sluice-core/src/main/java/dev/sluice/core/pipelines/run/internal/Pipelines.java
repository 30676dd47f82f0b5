package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.StoredPipeline;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Copies of a stored pipeline with what the runner changes; the revision moves on by one. */
public final class Pipelines {
  private Pipelines() {}

  public static StoredPipeline with(
      StoredPipeline p, String state, Map<String, String> runtimeFields) {
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
        state,
        p.firstActivatedAt(),
        p.scheduledStart(),
        p.generation(),
        runtimeFields,
        p.deleted(),
        p.revision() + 1);
  }

  /** The pipeline activated: {@code definition} becomes the active one. */
  public static StoredPipeline activated(
      StoredPipeline p,
      PipelineDefinition definition,
      int version,
      List<ParameterValue> values,
      Instant firstActivatedAt,
      Instant scheduledStart,
      int generation,
      Map<String, String> runtimeFields) {
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
        definition,
        version,
        values,
        Status.PIPELINE_SCHEDULED,
        firstActivatedAt,
        scheduledStart,
        generation,
        runtimeFields,
        p.deleted(),
        p.revision() + 1);
  }
}
