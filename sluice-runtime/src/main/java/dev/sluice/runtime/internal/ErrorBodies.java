package dev.sluice.runtime.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Lambda's error JSON: read from what a runtime posts, or written for Sluice's own failures. */
final class ErrorBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  /** {@code {"errorType":..,"errorMessage":..}}, in Lambda's order for runtime errors. */
  static byte[] of(String errorType, String errorMessage) {
    var node = JSON.createObjectNode();
    node.put("errorType", errorType);
    node.put("errorMessage", errorMessage);
    return bytes(node);
  }

  /** {@code {"errorMessage":..}} alone, as Lambda reports a timeout. */
  static byte[] messageOnly(String errorMessage) {
    return bytes(JSON.createObjectNode().put("errorMessage", errorMessage));
  }

  /**
   * The error a runtime posted: its body when that is a JSON object, else one made of the body's
   * text and the {@code Lambda-Runtime-Function-Error-Type} header.
   */
  static Ending.Errored posted(byte[] body, String headerType) {
    var fallbackType = headerType == null || headerType.isBlank() ? "Unhandled" : headerType;
    try {
      var node = JSON.readTree(body);
      if (node instanceof ObjectNode object) {
        var type = object.path("errorType").asText(fallbackType);
        return new Ending.Errored(body, type.isEmpty() ? fallbackType : type);
      }
    } catch (IOException e) {
      // not JSON: wrapped below
    }
    var message = new String(body, StandardCharsets.UTF_8);
    return new Ending.Errored(of(fallbackType, message), fallbackType);
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
