package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Resolves an object's fields: its own, then those of its {@code parent} chain it does not set
 * itself, then the {@code Default} object's. A field set on an object replaces all the values the
 * field has further up. {@code parent} is never inherited, and {@code type} never from Default; the
 * name is the object's own, or its id.
 */
public final class Inheritance {
  public static final String DEFAULT = "Default";

  private Inheritance() {}

  public static Map<String, ResolvedObject> resolveAll(Map<String, PipelineObject> objects) {
    var resolved = new LinkedHashMap<String, ResolvedObject>();
    objects.keySet().forEach(id -> resolved.put(id, resolve(id, objects)));
    return resolved;
  }

  static ResolvedObject resolve(String id, Map<String, PipelineObject> objects) {
    var fields = new LinkedHashMap<String, List<FieldValue>>();
    for (var ancestorId : chain(id, objects)) {
      var inheritedFromDefault = ancestorId.equals(DEFAULT) && !id.equals(DEFAULT);
      own(objects.get(ancestorId))
          .forEach(
              (key, values) -> {
                boolean skip =
                    (key.equals("parent") && !ancestorId.equals(id))
                        || (key.equals("type") && inheritedFromDefault);
                if (!skip) {
                  fields.putIfAbsent(key, values);
                }
              });
    }
    var object = objects.get(id);
    var name = object.name() == null || object.name().isBlank() ? id : object.name();
    var type =
        fields.getOrDefault("type", List.of()).stream()
            .filter(FieldValue.Text.class::isInstance)
            .map(v -> ((FieldValue.Text) v).value())
            .findFirst()
            .orElse(null);
    return new ResolvedObject(id, name, type, fields);
  }

  /** The object, its parents (stopping at a missing one or a cycle), then Default. */
  public static List<String> chain(String id, Map<String, PipelineObject> objects) {
    var chain = new LinkedHashSet<String>();
    String next = id;
    while (next != null && objects.containsKey(next) && chain.add(next)) {
      next = parentOf(objects.get(next));
    }
    if (objects.containsKey(DEFAULT)) {
      chain.add(DEFAULT);
    }
    return List.copyOf(chain);
  }

  /** The id the object's own {@code parent} field refers to, or null. */
  public static String parentOf(PipelineObject object) {
    return object.fields().stream()
        .filter(f -> "parent".equals(f.key()) && f.isRef())
        .map(Field::refValue)
        .findFirst()
        .orElse(null);
  }

  /** The object's own fields, grouped by key in definition order. */
  public static Map<String, List<FieldValue>> own(PipelineObject object) {
    var own = new LinkedHashMap<String, List<FieldValue>>();
    for (var field : object.fields()) {
      FieldValue value =
          field.isRef()
              ? new FieldValue.Ref(field.refValue())
              : new FieldValue.Text(field.stringValue());
      own.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(value);
    }
    return own;
  }
}
