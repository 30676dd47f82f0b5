package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.pipelines.definition.DefinitionCheck;
import dev.sluice.core.result.Result;

/** PutPipelineDefinition, ValidatePipelineDefinition and GetPipelineDefinition. */
final class DefinitionOperations {
  static final String LATEST = "latest";
  static final String ACTIVE = "active";
  private final PipelineLookup lookup;
  private final PipelineWrites writes;

  DefinitionOperations(PipelineLookup lookup, PipelineWrites writes) {
    this.lookup = lookup;
    this.writes = writes;
  }

  /** Stores the definition as the next latest version, even with validation errors. */
  Result<ValidationReport> put(String pipelineId, PipelineDefinition definition) {
    return validate(pipelineId, definition)
        .flatMap(
            report ->
                writes
                    .update(
                        pipelineId,
                        p -> Result.ok(PipelineRecords.withLatest(p, definition, report)))
                    .map(stored -> report));
  }

  Result<ValidationReport> validate(String pipelineId, PipelineDefinition definition) {
    var pipeline = lookup.live(pipelineId);
    if (!pipeline.isOk()) {
      return pipeline.map(p -> ValidationReport.clean());
    }
    if (definition == null) {
      return PipelineFailures.missing("pipelineObjects");
    }
    return DefinitionCheck.check(definition);
  }

  Result<PipelineDefinition> get(String pipelineId, String version) {
    return lookup
        .live(pipelineId)
        .flatMap(
            p -> {
              if (version == null || version.equals(LATEST)) {
                return Result.ok(p.latest());
              }
              if (!version.equals(ACTIVE)) {
                return PipelineFailures.invalid(
                    "Invalid version: " + version + ". Valid values are latest and active");
              }
              if (p.active() == null) {
                return PipelineFailures.invalid(
                    "Pipeline " + pipelineId + " does not have an active pipeline definition");
              }
              return Result.ok(p.active());
            });
  }
}
