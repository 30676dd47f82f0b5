package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import java.util.ArrayList;
import java.util.List;

/** The values of one field of an object, as selectors read them. */
final class ObjectFields {
  private ObjectFields() {}

  /** Every literal and reference value of {@code key}; {@code name} and {@code @id} as well. */
  static List<String> values(PipelineObject object, String key) {
    var values = new ArrayList<String>();
    for (Field field : object.fields()) {
      if (field.key().equals(key)) {
        values.add(field.isRef() ? field.refValue() : field.stringValue());
      }
    }
    if (values.isEmpty() && key.equals("name") && object.name() != null) {
      values.add(object.name());
    }
    if (values.isEmpty() && key.equals("@id")) {
      values.add(object.id());
    }
    return values;
  }

  /** Every literal value of {@code key}. */
  static List<String> texts(PipelineObject object, String key) {
    return object.fields().stream()
        .filter(f -> f.key().equals(key) && !f.isRef() && f.stringValue() != null)
        .map(Field::stringValue)
        .toList();
  }

  /** Every reference of {@code key}. */
  static List<String> refs(PipelineObject object, String key) {
    return object.fields().stream()
        .filter(f -> f.key().equals(key) && f.isRef())
        .map(Field::refValue)
        .toList();
  }
}
