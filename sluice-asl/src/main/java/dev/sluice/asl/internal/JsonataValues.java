package dev.sluice.asl.internal;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on (maps,
 * lists, strings, numbers, booleans, {@link Jsonata#NULL_VALUE}).
 */
final class JsonataValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double EXACT_INTEGER = 9_007_199_254_740_992d;

  /** Thrown when a value has no JSON form (a function). */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super("unsupported JSONata value", null, false, false);
    }
  }

  private JsonataValues() {}

  static Object toJava(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        node.forEach(item -> list.add(toJava(item)));
        yield list;
      }
      case STRING -> node.asText();
      case BOOLEAN -> node.asBoolean();
      case NUMBER -> number(node);
      default -> Jsonata.NULL_VALUE;
    };
  }

  private static Object number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.asLong() : node.doubleValue();
    }
    return node.doubleValue();
  }

  /** The JSON form of a JSONata result; {@code value} must not be undefined (Java null). */
  static JsonNode toJson(Object value) {
    if (value == null || value == Jsonata.NULL_VALUE) {
      return NODES.nullNode();
    }
    if (Utils.isFunction(value) || value instanceof Jsonata.JLambda) {
      throw new Unsupported();
    }
    return switch (value) {
      case Map<?, ?> map -> object(map);
      case List<?> list -> array(list);
      case String text -> NODES.textNode(text);
      case Boolean bool -> NODES.booleanNode(bool);
      case Number number -> number(number);
      default -> throw new Unsupported();
    };
  }

  private static ObjectNode object(Map<?, ?> map) {
    ObjectNode out = NODES.objectNode();
    map.forEach(
        (key, item) -> {
          if (item != null) {
            out.set(String.valueOf(key), toJson(item));
          }
        });
    return out;
  }

  private static ArrayNode array(List<?> list) {
    ArrayNode out = NODES.arrayNode();
    list.forEach(item -> out.add(toJson(item)));
    return out;
  }

  /**
   * Integral values print as integers, as JavaScript (AWS's JSONata) prints them; non-finite ones
   * become the strings JavaScript names them by, as AWS writes them.
   */
  private static JsonNode number(Number number) {
    return switch (number) {
      case Integer i -> NODES.numberNode(i);
      case Long l -> integral(l);
      case BigInteger b -> NODES.numberNode(b);
      case BigDecimal d -> NODES.numberNode(d);
      default -> {
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
          yield NODES.textNode(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        yield d == Math.rint(d) && Math.abs(d) < EXACT_INTEGER
            ? integral((long) d)
            : NODES.numberNode(d);
      }
    };
  }

  /** An int node where the value fits (as Jackson reads JSON text), else a long node. */
  private static JsonNode integral(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }
}
