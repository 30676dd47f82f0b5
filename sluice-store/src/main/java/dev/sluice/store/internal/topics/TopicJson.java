package dev.sluice.store.internal.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.topics.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON text columns: attributes as an object, tags as a list of key and value. */
final class TopicJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> ATTRIBUTES = new TypeReference<>() {};
  private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {};

  private TopicJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + value + " as JSON", e);
    }
  }

  static Map<String, String> attributes(String json) {
    return read(json, ATTRIBUTES);
  }

  static List<Tag> tags(String json) {
    return read(json, TAGS);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored topic column is not readable: " + json, e);
    }
  }
}
