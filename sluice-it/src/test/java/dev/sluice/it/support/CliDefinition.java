package dev.sluice.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.datapipeline.model.Field;
import software.amazon.awssdk.services.datapipeline.model.ParameterAttribute;
import software.amazon.awssdk.services.datapipeline.model.ParameterObject;
import software.amazon.awssdk.services.datapipeline.model.ParameterValue;
import software.amazon.awssdk.services.datapipeline.model.PipelineObject;

/**
 * A pipeline definition in the AWS CLI's file format ({@code {"objects": [...], "parameters":
 * [...], "values": {...}}}) turned into the API's shapes, as {@code aws datapipeline
 * put-pipeline-definition} does: an object's {@code id} and {@code name} are its own, every other
 * key a field ({@code {"ref": id}} a reference, a list one field per element).
 */
public record CliDefinition(
    List<PipelineObject> objects, List<ParameterObject> parameters, List<ParameterValue> values) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static CliDefinition parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var objects = new ArrayList<PipelineObject>();
    root.path("objects").forEach(object -> objects.add(object(object)));
    var parameters = new ArrayList<ParameterObject>();
    root.path("parameters").forEach(parameter -> parameters.add(parameter(parameter)));
    var values = new ArrayList<ParameterValue>();
    for (Map.Entry<String, JsonNode> value : root.path("values").properties()) {
      for (var one : value.getValue().isArray() ? value.getValue() : List.of(value.getValue())) {
        values.add(ParameterValue.builder().id(value.getKey()).stringValue(one.asText()).build());
      }
    }
    return new CliDefinition(objects, parameters, values);
  }

  private static PipelineObject object(JsonNode object) {
    var fields = new ArrayList<Field>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (entry.getKey().equals("id") || entry.getKey().equals("name")) {
        continue;
      }
      var value = entry.getValue();
      for (var one : value.isArray() ? value : List.of(value)) {
        fields.add(field(entry.getKey(), one));
      }
    }
    var id = object.path("id").asText();
    return PipelineObject.builder()
        .id(id)
        .name(object.hasNonNull("name") ? object.path("name").asText() : id)
        .fields(fields)
        .build();
  }

  private static Field field(String key, JsonNode value) {
    return value.isObject() && value.has("ref")
        ? Field.builder().key(key).refValue(value.path("ref").asText()).build()
        : Field.builder().key(key).stringValue(value.asText()).build();
  }

  private static ParameterObject parameter(JsonNode parameter) {
    var attributes = new ArrayList<ParameterAttribute>();
    for (Map.Entry<String, JsonNode> entry : parameter.properties()) {
      if (!entry.getKey().equals("id")) {
        attributes.add(
            ParameterAttribute.builder()
                .key(entry.getKey())
                .stringValue(entry.getValue().asText())
                .build());
      }
    }
    return ParameterObject.builder()
        .id(parameter.path("id").asText())
        .attributes(attributes)
        .build();
  }
}
