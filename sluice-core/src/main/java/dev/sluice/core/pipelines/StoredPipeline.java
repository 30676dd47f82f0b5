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

  /**
   * A pipeline never activated: PENDING, generation 0, no runtime fields, at revision 0.
   *
   * @param latestVersion 0 when {@code latest} is the empty definition, else 1
   */
  public static StoredPipeline pending(
      String id,
      String name,
      String uniqueId,
      String description,
      List<Tag> tags,
      String account,
      Instant createdAt,
      PipelineDefinition latest,
      ValidationReport latestReport,
      int latestVersion) {
    return new StoredPipeline(
        id,
        name,
        uniqueId,
        description,
        tags,
        account,
        createdAt,
        latest,
        latestReport,
        latestVersion,
        null,
        0,
        List.of(),
        "PENDING",
        null,
        null,
        0,
        Map.of(),
        false,
        0);
  }

  /** This pipeline at {@code revision} (itself when already there). */
  public StoredPipeline withRevision(long revision) {
    return revision == this.revision ? this : toBuilder().revision(revision).build();
  }

  /** A builder starting from this pipeline, to copy it with some components changed. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copies of a stored pipeline; the identity and creation components never change. */
  public static final class Builder {
    private final StoredPipeline from;
    private List<Tag> tags;
    private PipelineDefinition latest;
    private ValidationReport latestReport;
    private int latestVersion;
    private PipelineDefinition active;
    private int activeVersion;
    private List<ParameterValue> activeParameterValues;
    private String state;
    private Instant firstActivatedAt;
    private Instant scheduledStart;
    private int generation;
    private Map<String, String> runtimeFields;
    private boolean deleted;
    private long revision;

    private Builder(StoredPipeline from) {
      this.from = from;
      tags = from.tags;
      latest = from.latest;
      latestReport = from.latestReport;
      latestVersion = from.latestVersion;
      active = from.active;
      activeVersion = from.activeVersion;
      activeParameterValues = from.activeParameterValues;
      state = from.state;
      firstActivatedAt = from.firstActivatedAt;
      scheduledStart = from.scheduledStart;
      generation = from.generation;
      runtimeFields = from.runtimeFields;
      deleted = from.deleted;
      revision = from.revision;
    }

    public Builder tags(List<Tag> tags) {
      this.tags = tags;
      return this;
    }

    /** The latest definition, what validating it found, and its version. */
    public Builder latest(PipelineDefinition definition, ValidationReport report, int version) {
      this.latest = definition;
      this.latestReport = report;
      this.latestVersion = version;
      return this;
    }

    /** The definition the runs use, the version it was, and the activation's values. */
    public Builder active(PipelineDefinition definition, int version, List<ParameterValue> values) {
      this.active = definition;
      this.activeVersion = version;
      this.activeParameterValues = values;
      return this;
    }

    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** The first activation, where the current schedules start, and the current generation. */
    public Builder schedule(Instant firstActivatedAt, Instant scheduledStart, int generation) {
      this.firstActivatedAt = firstActivatedAt;
      this.scheduledStart = scheduledStart;
      this.generation = generation;
      return this;
    }

    public Builder runtimeFields(Map<String, String> runtimeFields) {
      this.runtimeFields = runtimeFields;
      return this;
    }

    /** Marks the pipeline deleted. */
    public Builder deleted() {
      this.deleted = true;
      return this;
    }

    public Builder revision(long revision) {
      this.revision = revision;
      return this;
    }

    /** The revision after the one this builder started from: one change. */
    public Builder nextRevision() {
      return revision(from.revision + 1);
    }

    public StoredPipeline build() {
      return new StoredPipeline(
          from.id,
          from.name,
          from.uniqueId,
          from.description,
          tags,
          from.account,
          from.createdAt,
          latest,
          latestReport,
          latestVersion,
          active,
          activeVersion,
          activeParameterValues,
          state,
          firstActivatedAt,
          scheduledStart,
          generation,
          runtimeFields,
          deleted,
          revision);
    }
  }
}
