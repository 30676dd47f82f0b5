package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.topics.MessageAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Message attributes as values: String as text, Number as a number, String.Array as its elements;
 * Binary attributes take no part in filtering.
 */
public final class AttributeValues {

  private AttributeValues() {}

  public static MessageValues of(Map<String, MessageAttribute> attributes) {
    Map<List<String>, List<Value>> byPath = new HashMap<>();
    attributes.forEach(
        (name, attribute) -> {
          List<Value> values = values(attribute);
          if (!values.isEmpty()) {
            byPath.put(List.of(name), values);
          }
        });
    return new MessageValues(byPath);
  }

  private static List<Value> values(MessageAttribute attribute) {
    String type = attribute.dataType() == null ? "" : attribute.dataType();
    String text = attribute.stringValue();
    if (text == null || type.startsWith("Binary")) {
      return List.of();
    }
    if (type.startsWith("String.Array")) {
      return elements(text);
    }
    if (type.startsWith("Number")) {
      return List.of(MessageValues.number(text));
    }
    return List.of(new Value.Text(text));
  }

  private static List<Value> elements(String text) {
    JsonNode array;
    try {
      array = JsonTrees.read(text);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    List<Value> values = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(element -> values.add(MessageValues.of(element)));
    }
    return values;
  }
}
