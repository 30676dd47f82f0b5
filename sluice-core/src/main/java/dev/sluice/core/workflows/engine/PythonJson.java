package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text spaced as Python's {@code json.dumps} spaces it ({@code ", "} and {@code ": "}): how
 * Step Functions renders a Lambda error document as the cause of a function-ARN task.
 */
final class PythonJson {
  private PythonJson() {}

  static String dumps(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(Json.write(Json.MAPPER.getNodeFactory().textNode(field.getKey()))).append(": ");
        write(field.getValue(), out);
        if (fields.hasNext()) {
          out.append(", ");
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else {
      out.append(Json.write(node));
    }
  }
}
