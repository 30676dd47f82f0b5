package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.definition.DefinitionCheck;
import dev.sluice.core.result.Result;

/**
 * Sluice's clonePipeline: a new pipeline, never activated, with the source's description, tags and
 * latest definition (validated again, stored as version 1). Idempotent on name + uniqueId like
 * CreatePipeline.
 */
final class PipelineClones {
  private final PipelineLookup lookup;
  private final NewPipelines created;

  PipelineClones(PipelineLookup lookup, NewPipelines created) {
    this.lookup = lookup;
    this.created = created;
  }

  Result<String> clone(String sourceId, String name, String uniqueId) {
    var token = uniqueId == null ? name : uniqueId;
    return lookup
        .live(sourceId)
        .flatMap(
            source ->
                NewPipelines.checkNames(name, token).flatMap(ok -> copy(source, name, token)));
  }

  private Result<String> copy(StoredPipeline source, String name, String uniqueId) {
    if (source.latestVersion() == 0) {
      return Result.ok(
          created.insert(
              name, uniqueId, source.description(), source.tags(), source.account(), null, null));
    }
    return DefinitionCheck.check(source.latest())
        .map(
            report ->
                created.insert(
                    name,
                    uniqueId,
                    source.description(),
                    source.tags(),
                    source.account(),
                    source.latest(),
                    report));
  }
}
