package dev.sluice.server.internal.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.aws.http.HttpResponse;

/** JSON answers of the admin routes. */
final class AdminJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private AdminJson() {}

  static HttpResponse respond(int status, JsonNode body) {
    try {
      return HttpResponse.bytes(status, "application/json", MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  static HttpResponse error(int status, String message) {
    return respond(status, MAPPER.createObjectNode().put("message", message));
  }
}
