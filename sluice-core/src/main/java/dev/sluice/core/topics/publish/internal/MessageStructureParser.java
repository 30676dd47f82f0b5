package dev.sluice.core.topics.publish.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Result;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code MessageStructure}: absent means a plain message; {@code json} means the message is a JSON
 * object of protocol to text that has a {@code default} entry.
 */
public final class MessageStructureParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PARSE_FAILED =
      "Message Structure - JSON message body failed to parse";

  private MessageStructureParser() {}

  /** Protocol to text, empty for a plain message. */
  public static Result<Map<String, String>> parse(String messageStructure, String message) {
    if (messageStructure == null) {
      return Result.ok(Map.of());
    }
    if (!"json".equals(messageStructure)) {
      return Result.err(SnsFailures.invalidParameter("MessageStructure"));
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(message);
    } catch (JsonProcessingException e) {
      return Result.err(SnsFailures.invalidParameter(PARSE_FAILED));
    }
    return perProtocol(root);
  }

  private static Result<Map<String, String>> perProtocol(JsonNode root) {
    if (root == null || !root.isObject()) {
      return Result.err(SnsFailures.invalidParameter(PARSE_FAILED));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (var field : root.properties()) {
      if (!field.getValue().isTextual()) {
        return Result.err(SnsFailures.invalidParameter(PARSE_FAILED));
      }
      texts.put(field.getKey(), field.getValue().textValue());
    }
    if (!texts.containsKey("default")) {
      return Result.err(
          SnsFailures.invalidParameter(
              "Message Structure - No default entry in JSON message body"));
    }
    return Result.ok(texts);
  }
}
