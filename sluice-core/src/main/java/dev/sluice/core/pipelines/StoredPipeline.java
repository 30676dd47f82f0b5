package dev.sluice.core.pipelines;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pipeline as kept in the {@link PipelineCatalog}.
 *
 * @param account the account that created it ({@code @accountId}, {@code @userId})
 * @param latest the latest definition (empty before the first PutPipelineDefinition)
 * @param latestReport what validating {@code latest} found
 * @param latestVersion 0 before the first definition, then 1, 2, ...
 * @param active the definition the runs use (null before the first activation)
 * @param activeVersion the version {@code active} was when activated (0 when none)
 * @param activeParameterValues the parameter values the activation gave (overriding the
 *     definition's)
 * @param state {@code @pipelineState}: PENDING (never activated), SCHEDULED (active), INACTIVE
 *     (deactivated), FINISHED (every scheduled run ended), DELETING
 * @param firstActivatedAt the first activation, null before it ({@code
 *     FIRST_ACTIVATION_DATE_TIME})
 * @param scheduledStart where the schedules of the current activation start
 * @param generation incremented by every activation and rerun: run objects of older generations
 *     are history
 * @param runtimeFields other {@code @}-fields the runner keeps ({@code @latestRunTime}, {@code
 *     @nextRunTime}, {@code @healthStatus}, {@code @finishedTime}, ...)
 * @param deleted true once deleted (kept for PipelineDeletedException)
 * @param revision incremented by every change: the catalog's compare-and-set
 */
public record StoredPipeline(
    String id,
    String name,
    String uniqueId,
    String description,
    List<Tag> tags,
    String account,
    Instant createdAt,
    PipelineDefinition latest,
    ValidationReport latestReport,
    int latestVersion,
    PipelineDefinition active,
    int activeVersion,
    List<ParameterValue> activeParameterValues,
    String state,
    Instant firstActivatedAt,
    Instant scheduledStart,
    int generation,
    Map<String, String> runtimeFields,
    boolean deleted,
    long revision) {

  public StoredPipeline {
    tags = List.copyOf(tags);
    activeParameterValues =
        activeParameterValues == null ? List.of() : List.copyOf(activeParameterValues);
    runtimeFields = Map.copyOf(runtimeFields);
  }
}
