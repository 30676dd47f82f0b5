package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.definition.internal.Activation;
import dev.sluice.core.pipelines.definition.internal.Fatal;
import dev.sluice.core.pipelines.definition.internal.Inheritance;
import dev.sluice.core.result.Result;
import java.util.LinkedHashMap;
import java.util.List;

/** Resolves inheritance ({@code parent}, {@code Default}) and parameter values. */
final class DefinitionResolver {
  private DefinitionResolver() {}

  static Result<ResolvedPipeline> resolve(
      PipelineDefinition definition, List<ParameterValue> overrides) {
    var checked = DefinitionCheck.check(definition);
    if (!checked.isOk()) {
      return Result.err(checked.failure());
    }
    if (checked.value().errored()) {
      return Result.err(Fatal.notValid(checked.value()));
    }
    var objects = new LinkedHashMap<String, PipelineObject>();
    definition.objects().forEach(o -> objects.put(o.id(), o));
    return Activation.parameters(definition, overrides == null ? List.of() : overrides)
        .map(parameters -> new ResolvedPipeline(Inheritance.resolveAll(objects), parameters));
  }
}
