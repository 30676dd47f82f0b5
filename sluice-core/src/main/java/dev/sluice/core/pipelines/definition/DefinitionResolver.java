package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.result.Result;
import java.util.List;

/** Resolves inheritance ({@code parent}, {@code Default}) and parameter values. */
final class DefinitionResolver {
  private DefinitionResolver() {}

  static Result<ResolvedPipeline> resolve(
      PipelineDefinition definition, List<ParameterValue> overrides) {
    throw new UnsupportedOperationException("written by the definitions helper");
  }
}
