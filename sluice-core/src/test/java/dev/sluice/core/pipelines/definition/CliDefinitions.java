package dev.sluice.core.pipelines.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.PipelineObject;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test input in the AWS CLI's definition-file form ({@code {"objects": [...], "parameters": [...],
 * "values": {...}}}), turned into API objects the way the CLI does: {@code id} and {@code name}
 * become the object's, every other key a field, lists repeated fields, {@code {"ref": ...}}
 * references.
 */
final class CliDefinitions {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CliDefinitions() {}

  static PipelineDefinition parse(String json) {
    var root = read(json);
    var objects = new ArrayList<PipelineObject>();
    root.path("objects").forEach(o -> objects.add(object(o)));
    var parameters = new ArrayList<ParameterObject>();
    root.path("parameters").forEach(p -> parameters.add(parameter(p)));
    return new PipelineDefinition(objects, parameters, values(root.path("values")));
  }

  /** Activation parameter values, in the CLI's {@code {"values": {...}}} form. */
  static List<ParameterValue> values(String json) {
    return values(read(json).path("values"));
  }

  private static PipelineObject object(JsonNode node) {
    var fields = new ArrayList<Field>();
    String id = null;
    String name = null;
    for (var entry : entries(node)) {
      switch (entry.getKey()) {
        case "id" -> id = entry.getValue().asText();
        case "name" -> name = entry.getValue().asText();
        default -> each(entry.getValue()).forEach(v -> fields.add(field(entry.getKey(), v)));
      }
    }
    return new PipelineObject(id, name == null ? id : name, fields);
  }

  private static Field field(String key, JsonNode value) {
    return value.has("ref")
        ? Field.ref(key, value.get("ref").asText())
        : Field.text(key, value.asText());
  }

  private static ParameterObject parameter(JsonNode node) {
    var attributes = new ArrayList<ParameterAttribute>();
    for (var entry : entries(node)) {
      if (!entry.getKey().equals("id")) {
        each(entry.getValue())
            .forEach(v -> attributes.add(new ParameterAttribute(entry.getKey(), v.asText())));
      }
    }
    return new ParameterObject(node.path("id").asText(null), attributes);
  }

  private static List<ParameterValue> values(JsonNode node) {
    var values = new ArrayList<ParameterValue>();
    for (var entry : entries(node)) {
      each(entry.getValue())
          .forEach(v -> values.add(new ParameterValue(entry.getKey(), v.asText())));
    }
    return values;
  }

  private static List<JsonNode> each(JsonNode value) {
    var all = new ArrayList<JsonNode>();
    if (value.isArray()) {
      value.forEach(all::add);
    } else {
      all.add(value);
    }
    return all;
  }

  private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    return new ArrayList<>(node.properties());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
