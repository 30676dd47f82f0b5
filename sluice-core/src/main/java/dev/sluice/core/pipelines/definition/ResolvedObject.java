package dev.sluice.core.pipelines.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A definition object with everything it inherits (from its {@code parent} chain and from {@code
 * Default}) merged in: its own values win. Field values keep their {@code #{...}} expressions.
 */
public record ResolvedObject(
    String id, String name, String type, Map<String, List<FieldValue>> fields) {

  public ResolvedObject {
    fields = Map.copyOf(fields);
  }

  public ObjectKind kind() {
    return ObjectKind.of(type);
  }

  /** The first literal value of {@code key}. */
  public Optional<String> text(String key) {
    return texts(key).stream().findFirst();
  }

  /** Every literal value of {@code key}, in definition order. */
  public List<String> texts(String key) {
    return fields.getOrDefault(key, List.of()).stream()
        .filter(FieldValue.Text.class::isInstance)
        .map(v -> ((FieldValue.Text) v).value())
        .toList();
  }

  /** The first reference of {@code key}. */
  public Optional<String> ref(String key) {
    return refs(key).stream().findFirst();
  }

  /** Every reference of {@code key}, in definition order. */
  public List<String> refs(String key) {
    return fields.getOrDefault(key, List.of()).stream()
        .filter(FieldValue.Ref.class::isInstance)
        .map(v -> ((FieldValue.Ref) v).id())
        .toList();
  }
}
