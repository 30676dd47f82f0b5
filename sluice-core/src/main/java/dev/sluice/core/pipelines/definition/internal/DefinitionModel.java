package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ObjectType;
import dev.sluice.core.pipelines.definition.ObjectTypes;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A definition whose shape is valid (ids present and unique), indexed for the checks: objects by
 * id, each resolved with its inheritance, the declared parameters and the values they have.
 */
public record DefinitionModel(
    Map<String, PipelineObject> objects,
    Map<String, ResolvedObject> resolved,
    Map<String, Parameter> parameters,
    Map<String, List<String>> parameterValues,
    Set<String> parents) {

  public static DefinitionModel of(PipelineDefinition definition) {
    var objects = new LinkedHashMap<String, PipelineObject>();
    definition.objects().forEach(o -> objects.put(o.id(), o));
    var declared = Parameters.declared(definition);
    var values = Parameters.effective(declared, Parameters.values(definition.parameterValues()));
    var parents = new HashSet<String>();
    objects.values().forEach(o -> parents.add(Inheritance.parentOf(o)));
    parents.remove(null);
    return new DefinitionModel(
        objects, Inheritance.resolveAll(objects), declared, values, Set.copyOf(parents));
  }

  /** The object's resolved type as a supported type; empty when it has none or an unknown one. */
  public Optional<ObjectType> typeOf(String id) {
    var type = resolved.get(id).type();
    return type == null ? Optional.empty() : ObjectTypes.find(type);
  }

  /**
   * The fields that apply to the object's own field names: its type's, or any type's for Default
   * and objects without a type (parents). Empty for types Sluice does not know or run.
   */
  public Optional<ObjectType> fieldsOf(String id) {
    var type = resolved.get(id).type();
    if (type == null || id.equals(Inheritance.DEFAULT)) {
      return Optional.of(ObjectTypes.anyType());
    }
    return ObjectTypes.find(type);
  }

  /** Whether the resolved object has at least one value for {@code key}. */
  public boolean has(String id, String key) {
    return !values(id, key).isEmpty();
  }

  public List<FieldValue> values(String id, String key) {
    return resolved.get(id).fields().getOrDefault(key, List.of());
  }

  /** Whether {@code key} has a value on the object itself, not inherited. */
  public boolean ownHas(String id, String key) {
    return objects.get(id).fields().stream().anyMatch(f -> key.equals(f.key()));
  }

  public List<String> ids() {
    return List.copyOf(objects.keySet());
  }
}
