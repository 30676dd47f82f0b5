package dev.sluice.aws.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes the small JSON objects the JSON protocols use as error bodies. */
final class ErrorJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ErrorJson() {}

  /** An object with the given leading fields followed by the failure's details. */
  static byte[] write(Map<String, String> fields, Map<String, String> details) {
    ObjectNode node = MAPPER.createObjectNode();
    fields.forEach(node::put);
    details.forEach((name, value) -> node.putIfAbsent(name, node.textNode(value)));
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }
}
