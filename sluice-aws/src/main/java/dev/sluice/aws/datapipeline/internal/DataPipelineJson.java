package dev.sluice.aws.datapipeline.internal;

import static dev.sluice.aws.protocol.JsonNodes.array;
import static dev.sluice.aws.protocol.JsonNodes.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.Tag;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.List;
import java.util.function.Function;

/** Data Pipeline's output shapes; members without a value are left out. */
public final class DataPipelineJson {

  private DataPipelineJson() {}

  /** A page's body: {@code field} holds the items, then the marker if any and hasMoreResults. */
  public static <T> ObjectNode page(
      String field,
      List<T> items,
      Function<T, JsonNode> render,
      String marker,
      boolean hasMoreResults) {
    var node = object();
    node.set(field, array(items, render));
    putIfPresent(node, "marker", marker);
    return node.put("hasMoreResults", hasMoreResults);
  }

  /** A {@code Field}: its key with its string or its reference value. */
  public static ObjectNode field(Field field) {
    var node = object().put("key", field.key());
    putIfPresent(node, "stringValue", field.stringValue());
    putIfPresent(node, "refValue", field.refValue());
    return node;
  }

  public static ObjectNode pipelineObject(PipelineObject object) {
    var node = object().put("id", object.id()).put("name", object.name());
    node.set("fields", array(object.fields(), DataPipelineJson::field));
    return node;
  }

  public static ObjectNode parameterObject(ParameterObject parameter) {
    var node = object().put("id", parameter.id());
    node.set(
        "attributes",
        array(
            parameter.attributes(),
            a -> object().put("key", a.key()).put("stringValue", a.stringValue())));
    return node;
  }

  public static ObjectNode parameterValue(ParameterValue value) {
    return object().put("id", value.id()).put("stringValue", value.stringValue());
  }

  public static ObjectNode tag(Tag tag) {
    return object().put("key", tag.key()).put("value", tag.value());
  }

  /**
   * Put/ValidatePipelineDefinition's answer: {@code errored} always, the errors and warnings only
   * when there are some (AWS answers a clean definition with {@code {"errored": false}}).
   */
  public static ObjectNode report(ValidationReport report) {
    var node = object();
    if (!report.errors().isEmpty()) {
      node.set("validationErrors", array(report.errors(), m -> messages(m, "errors")));
    }
    if (!report.warnings().isEmpty()) {
      node.set("validationWarnings", array(report.warnings(), m -> messages(m, "warnings")));
    }
    return node.put("errored", report.errored());
  }

  private static ObjectNode messages(ObjectMessages messages, String field) {
    var node = object().put("id", messages.id());
    node.set(field, array(messages.messages(), JsonNodes::text));
    return node;
  }

  public static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
