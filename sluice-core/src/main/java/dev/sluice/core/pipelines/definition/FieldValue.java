package dev.sluice.core.pipelines.definition;

/** One value of a resolved field: a literal (expressions not yet evaluated) or a reference. */
public sealed interface FieldValue {
  record Text(String value) implements FieldValue {}

  record Ref(String id) implements FieldValue {}
}
