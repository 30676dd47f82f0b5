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
    return p.toBuilder().state(state).runtimeFields(runtimeFields).nextRevision().build();
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
    return p.toBuilder()
        .active(definition, version, values)
        .state(Status.PIPELINE_SCHEDULED)
        .schedule(firstActivatedAt, scheduledStart, generation)
        .runtimeFields(runtimeFields)
        .nextRevision()
        .build();
  }
}
