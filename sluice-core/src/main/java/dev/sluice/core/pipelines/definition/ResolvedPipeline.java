package dev.sluice.core.pipelines.definition;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.result.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A definition ready to run: every object resolved with its inheritance, and the parameters' values
 * (activation values over the definition's values over the parameter objects' defaults).
 */
public record ResolvedPipeline(
    Map<String, ResolvedObject> objects, Map<String, List<String>> parameters) {

  public ResolvedPipeline {
    objects = Map.copyOf(objects);
    parameters = Map.copyOf(parameters);
  }

  /**
   * Resolves {@code definition} with the activation's {@code overrides}; a definition that does not
   * validate is an {@code InvalidRequestException}.
   */
  public static Result<ResolvedPipeline> resolve(
      PipelineDefinition definition, List<ParameterValue> overrides) {
    return DefinitionResolver.resolve(definition, overrides);
  }

  public ResolvedObject object(String id) {
    return objects.get(id);
  }

  /** The objects of the given types, in id order (objects without a type, parents, never). */
  public List<ResolvedObject> ofType(String... types) {
    var wanted = Set.copyOf(Arrays.asList(types));
    return objects.values().stream()
        .filter(o -> o.type() != null && wanted.contains(o.type()))
        .sorted(java.util.Comparator.comparing(ResolvedObject::id))
        .toList();
  }

  /** The objects of the given kind, in id order. */
  public List<ResolvedObject> ofKind(ObjectKind kind) {
    return objects.values().stream()
        .filter(o -> o.kind() == kind)
        .sorted(java.util.Comparator.comparing(ResolvedObject::id))
        .toList();
  }
}
