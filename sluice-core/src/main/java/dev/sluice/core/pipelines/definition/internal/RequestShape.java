package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What PutPipelineDefinition refuses outright (nothing is stored): objects without an id, duplicate
 * ids, fields that are empty or hold both or neither of a string and a reference, and the account
 * limits (100 objects, 50 fields and 15,360 bytes per object, 256 bytes per field name, 10,240
 * bytes per value).
 */
public final class RequestShape {
  static final int MAX_OBJECTS = 100;
  static final int MAX_FIELDS = 50;
  static final int MAX_OBJECT_BYTES = 15_360;
  static final int MAX_KEY_BYTES = 256;
  static final int MAX_VALUE_BYTES = 10_240;

  private RequestShape() {}

  /** Every problem found, described for the InvalidRequestException message. */
  public static List<String> problems(PipelineDefinition definition) {
    var problems = new ArrayList<String>();
    var objects = definition.objects();
    if (objects.size() > MAX_OBJECTS) {
      problems.add(
          "the definition has " + objects.size() + " objects (the limit is " + MAX_OBJECTS + ")");
    }
    var ids = new HashSet<String>();
    for (var object : objects) {
      if (isEmpty(object.id())) {
        problems.add("an object has no id");
      } else if (!ids.add(object.id())) {
        problems.add("the object id '" + object.id() + "' is used more than once");
      }
      problems.addAll(objectProblems(object));
    }
    problems.addAll(ParameterShape.problems(definition));
    return problems;
  }

  private static List<String> objectProblems(PipelineObject object) {
    var problems = new ArrayList<String>();
    var name = "object '" + object.id() + "'";
    var keys = new HashSet<String>();
    long bytes = 0;
    for (var field : object.fields()) {
      if (isEmpty(field.key())) {
        problems.add(name + " has a field without a key");
        continue;
      }
      keys.add(field.key());
      bytes += bytes(field.key()) + bytes(field.isRef() ? field.refValue() : field.stringValue());
      problems.addAll(fieldProblems(name, field));
    }
    if (keys.size() > MAX_FIELDS) {
      problems.add(name + " has " + keys.size() + " fields (the limit is " + MAX_FIELDS + ")");
    }
    if (bytes > MAX_OBJECT_BYTES) {
      problems.add(name + " is " + bytes + " bytes (the limit is " + MAX_OBJECT_BYTES + ")");
    }
    return problems;
  }

  private static List<String> fieldProblems(String name, Field field) {
    var where = "field '" + field.key() + "' of " + name;
    boolean text = field.stringValue() != null;
    boolean ref = field.refValue() != null;
    if (text == ref) {
      return List.of(where + " must have exactly one of stringValue or refValue");
    }
    var value = text ? field.stringValue() : field.refValue();
    var problems = new ArrayList<String>();
    if (value.isEmpty()) {
      problems.add(where + " has an empty value");
    }
    if (bytes(field.key()) > MAX_KEY_BYTES) {
      problems.add(where + " has a name longer than " + MAX_KEY_BYTES + " bytes");
    }
    if (bytes(value) > MAX_VALUE_BYTES) {
      problems.add(where + " has a value longer than " + MAX_VALUE_BYTES + " bytes");
    }
    return problems;
  }

  static boolean isEmpty(String text) {
    return text == null || text.isEmpty();
  }

  static long bytes(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }
}
