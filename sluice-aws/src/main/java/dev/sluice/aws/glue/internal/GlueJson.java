package dev.sluice.aws.glue.internal;

import static dev.sluice.aws.protocol.JsonNodes.array;
import static dev.sluice.aws.protocol.JsonNodes.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.JsonNodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Glue's JSON: members in UpperCamelCase, members without a value left out, timestamps as epoch
 * seconds with a fraction (json 1.1), and the members Sluice only keeps held as JSON text.
 */
public final class GlueJson {
  private static final ObjectMapper DOCUMENTS =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private GlueJson() {}

  /** A listing's body: {@code field} holds the items, then the next token if there is one. */
  public static <T> ObjectNode page(
      String field, List<T> items, Function<T, JsonNode> render, String nextToken) {
    var node = object();
    node.set(field, array(items, render));
    put(node, "NextToken", nextToken);
    return node;
  }

  /** A string list ({@code JobNames}, {@code JobsNotFound}). */
  public static ArrayNode strings(List<String> values) {
    return array(values, JsonNodes::text);
  }

  public static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  public static void put(ObjectNode node, String field, Integer value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  public static void put(ObjectNode node, String field, Double value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  public static void put(ObjectNode node, String field, Boolean value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /** Puts {@code time} as epoch seconds with milliseconds, unless it is null. */
  public static void put(ObjectNode node, String field, Instant time) {
    if (time != null) {
      node.put(field, BigDecimal.valueOf(time.toEpochMilli()).movePointLeft(3));
    }
  }

  /** A string map, unless it is empty. */
  public static void put(ObjectNode node, String field, Map<String, String> map) {
    if (!map.isEmpty()) {
      var object = node.putObject(field);
      map.forEach(object::put);
    }
  }

  /** A shape Sluice only keeps, as the JSON text it is kept as. */
  public static String document(Object shape) {
    try {
      return DOCUMENTS.writeValueAsString(shape);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an input shape always serialises", e);
    }
  }

  /** A kept document answered back as JSON. */
  public static JsonNode parse(String document) {
    try {
      return DOCUMENTS.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a kept document is JSON: " + document, e);
    }
  }
}
