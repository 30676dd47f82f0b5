package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a run object in their order, changed by copy: setting a key replaces all its values
 * where the first one stood (or appends it), so objects keep a stable field order.
 */
public record FieldList(List<Field> fields) {

  public FieldList {
    fields = List.copyOf(fields);
  }

  public Optional<String> text(String key) {
    return fields.stream()
        .filter(f -> f.key().equals(key) && !f.isRef())
        .map(Field::stringValue)
        .findFirst();
  }

  public Optional<String> ref(String key) {
    return refs(key).stream().findFirst();
  }

  public List<String> refs(String key) {
    return fields.stream()
        .filter(f -> f.key().equals(key) && f.isRef())
        .map(Field::refValue)
        .toList();
  }

  /** {@code key} set to the text {@code value}; a null value removes the key. */
  public FieldList set(String key, String value) {
    return replace(key, value == null ? List.of() : List.of(Field.text(key, value)));
  }

  public FieldList setRef(String key, String objectId) {
    return replace(key, objectId == null ? List.of() : List.of(Field.ref(key, objectId)));
  }

  public FieldList remove(String... keys) {
    var result = this;
    for (var key : keys) {
      result = result.replace(key, List.of());
    }
    return result;
  }

  private FieldList replace(String key, List<Field> values) {
    var out = new ArrayList<Field>(fields.size() + values.size());
    boolean placed = false;
    for (var field : fields) {
      if (!field.key().equals(key)) {
        out.add(field);
      } else if (!placed) {
        out.addAll(values);
        placed = true;
      }
    }
    if (!placed) {
      out.addAll(values);
    }
    return new FieldList(out);
  }
}
