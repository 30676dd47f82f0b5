package dev.sluice.core.pipelines.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object type Sluice runs, with the fields the AWS Data Pipeline object reference documents for
 * it.
 *
 * @param fields every field the type accepts, by key ({@code type} and {@code parent} included)
 * @param required fields that must have a value (given or inherited)
 * @param refused fields the reference lists as "not allowed on this object"
 */
public record ObjectType(
    String name,
    ObjectKind kind,
    Map<String, FieldSpec> fields,
    Set<String> required,
    List<FieldGroup> groups,
    Set<String> refused) {

  public ObjectType {
    fields = Map.copyOf(fields);
    required = Set.copyOf(required);
    groups = List.copyOf(groups);
    refused = Set.copyOf(refused);
  }

  public Optional<FieldSpec> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
