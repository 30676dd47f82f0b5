package dev.sluice.aws.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** The nodes an operation's JSON output is built from. */
public final class JsonNodes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonNodes() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  /** The items, each rendered. */
  public static <T> ArrayNode array(List<T> items, Function<T, JsonNode> render) {
    var array = NODES.arrayNode();
    items.forEach(item -> array.add(render.apply(item)));
    return array;
  }
}
