package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ObjectType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every object type Sluice runs, plus {@code Default}, which accepts any field of any of them
 * (references to the union of their targets).
 */
public final class Catalogue {
  private static final Map<String, ObjectType> TYPES = build();

  private Catalogue() {}

  public static Map<String, ObjectType> types() {
    return TYPES;
  }

  private static Map<String, ObjectType> build() {
    var types = new ArrayList<ObjectType>();
    types.addAll(ActivityTypes.all());
    types.addAll(ResourceTypes.all());
    types.addAll(SupportTypes.all());
    types.add(defaultType(types));
    var byName = new LinkedHashMap<String, ObjectType>();
    types.forEach(t -> byName.put(t.name(), t));
    return java.util.Collections.unmodifiableMap(byName);
  }

  private static ObjectType defaultType(Collection<ObjectType> types) {
    var union = new LinkedHashMap<String, FieldSpec>();
    for (var type : types) {
      type.fields().values().forEach(spec -> union.merge(spec.key(), spec, Catalogue::merge));
    }
    return new ObjectType("Default", ObjectKind.DEFAULT, union, Set.of(), List.of(), Set.of());
  }

  private static FieldSpec merge(FieldSpec a, FieldSpec b) {
    var targets = new HashSet<>(a.refTypes());
    targets.addAll(b.refTypes());
    boolean anyTarget = a.isRef() && (a.refTypes().isEmpty() || b.refTypes().isEmpty());
    var allowed = new ArrayList<>(a.allowed());
    b.allowed().stream().filter(v -> !allowed.contains(v)).forEach(allowed::add);
    return new FieldSpec(
        a.key(),
        a.type(),
        a.repeatable() || b.repeatable(),
        anyTarget ? Set.of() : targets,
        allowed);
  }
}
