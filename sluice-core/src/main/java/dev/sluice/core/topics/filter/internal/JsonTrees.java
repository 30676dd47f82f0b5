package dev.sluice.core.topics.filter.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads policies and messages, keeping every number exact (no double overflow to infinity). */
final class JsonTrees {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private JsonTrees() {}

  static JsonNode read(String json) throws JsonProcessingException {
    return JSON.readTree(json);
  }
}
