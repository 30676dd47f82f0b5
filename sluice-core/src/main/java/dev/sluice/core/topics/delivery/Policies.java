package dev.sluice.core.topics.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a delivery policy carried by a delivery; one that does not parse counts as none. */
final class Policies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Policies() {}

  static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
