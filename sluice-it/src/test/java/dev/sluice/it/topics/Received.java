package dev.sluice.it.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** One POST an HTTP subscriber received: its headers (lower-case names) and body. */
record Received(Map<String, String> headers, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  String header(String name) {
    return headers.get(name);
  }

  String type() {
    return headers.get("x-amz-sns-message-type");
  }

  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
