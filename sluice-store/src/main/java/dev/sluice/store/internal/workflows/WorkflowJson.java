package dev.sluice.store.internal.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.AliasRecord.Route;
import java.util.List;

/** The JSON text columns: history event details and alias routing. */
final class WorkflowJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Route>> ROUTES = new TypeReference<>() {};

  private WorkflowJson() {}

  static String details(ObjectNode details) {
    return details == null ? null : write(details);
  }

  static ObjectNode details(String json) {
    if (json == null) {
      return null;
    }
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("Stored event details are not a JSON object: " + json, e);
    }
  }

  static String routing(List<Route> routing) {
    return write(routing);
  }

  static List<Route> routing(String json) {
    try {
      return JSON.readValue(json, ROUTES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored alias routing is not readable: " + json, e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + value, e);
    }
  }
}
