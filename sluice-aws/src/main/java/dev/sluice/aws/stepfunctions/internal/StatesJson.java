package dev.sluice.aws.stepfunctions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.workflows.AliasRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Step Functions' JSON: timestamps are epoch seconds with a fraction, configurations are kept as
 * the JSON text the client sent.
 */
public final class StatesJson {
  private StatesJson() {}

  public static ObjectNode object() {
    return StatesRequest.MAPPER.createObjectNode();
  }

  /** Puts {@code time} as epoch seconds with milliseconds, unless it is null. */
  public static void time(ObjectNode node, String field, Instant time) {
    if (time != null) {
      node.put(field, BigDecimal.valueOf(time.toEpochMilli()).movePointLeft(3));
    }
  }

  /** Puts {@code value} unless it is null. */
  public static void text(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** A page's body: {@code field} holds the items, each rendered, then the nextToken if any. */
  public static <T> ObjectNode page(
      String field, List<T> items, Function<T, JsonNode> render, String nextToken) {
    var node = object();
    var array = node.putArray(field);
    items.forEach(item -> array.add(render.apply(item)));
    text(node, "nextToken", nextToken);
    return node;
  }

  /** A configuration member's JSON text (or null) as it is stored. */
  public static String configText(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return StatesRequest.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** LoggingConfiguration: Step Functions answers level OFF without execution data by default. */
  public static ObjectNode logging(String text) {
    var node = parsed(text);
    if (!node.has("level")) {
      node.put("level", "OFF");
    }
    if (!node.has("includeExecutionData")) {
      node.put("includeExecutionData", false);
    }
    return node;
  }

  /** TracingConfiguration: disabled by default. */
  public static ObjectNode tracing(String text) {
    var node = parsed(text);
    if (!node.has("enabled")) {
      node.put("enabled", false);
    }
    return node;
  }

  public static ArrayNode tags(Map<String, String> tags) {
    var array = StatesRequest.MAPPER.createArrayNode();
    tags.forEach((key, value) -> array.addObject().put("key", key).put("value", value));
    return array;
  }

  public static ArrayNode routing(List<AliasRecord.Route> routes) {
    var array = StatesRequest.MAPPER.createArrayNode();
    routes.forEach(
        route ->
            array
                .addObject()
                .put("stateMachineVersionArn", route.versionArn())
                .put("weight", route.weight()));
    return array;
  }

  private static ObjectNode parsed(String text) {
    if (text == null) {
      return object();
    }
    try {
      var node = StatesRequest.MAPPER.readTree(text);
      return node instanceof ObjectNode object ? object : object();
    } catch (JsonProcessingException e) {
      return object();
    }
  }
}
