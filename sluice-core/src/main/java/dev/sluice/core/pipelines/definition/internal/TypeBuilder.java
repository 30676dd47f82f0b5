package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldGroup;
import dev.sluice.core.pipelines.definition.FieldSpec;
import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles an {@link ObjectType}; a field given again replaces the earlier one. */
final class TypeBuilder {
  private final String name;
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  private final List<FieldGroup> groups = new ArrayList<>();
  private Set<String> required = Set.of();
  private Set<String> refused = Set.of();

  private TypeBuilder(String name) {
    this.name = name;
    fields(FieldSets.common());
  }

  static TypeBuilder type(String name) {
    return new TypeBuilder(name);
  }

  TypeBuilder fields(List<FieldSpec> specs) {
    specs.forEach(spec -> fields.put(spec.key(), spec));
    return this;
  }

  TypeBuilder fields(FieldSpec... specs) {
    return fields(List.of(specs));
  }

  TypeBuilder required(String... keys) {
    required = Set.of(keys);
    return this;
  }

  TypeBuilder group(FieldGroup group) {
    groups.add(group);
    return this;
  }

  TypeBuilder refused(String... keys) {
    refused = Set.of(keys);
    return this;
  }

  ObjectType build() {
    return new ObjectType(name, ObjectKind.of(name), fields, required, groups, refused);
  }
}
