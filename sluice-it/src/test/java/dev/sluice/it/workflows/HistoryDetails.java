package dev.sluice.it.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.asl.conformance.CaseMatch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Compares the details of each history event with what AWS recorded; ids and timestamps are not
 * compared. Detail texts holding JSON are compared as the JSON they hold on both sides: the
 * recorder parsed some of them (README) and re-spaced others.
 */
final class HistoryDetails {
  private static final Set<String> SKIPPED = Set.of("id", "previousEventId", "timestamp", "type");

  private HistoryDetails() {}

  /** Null when every event's details match, else the first difference. */
  static String verdict(JsonNode expected, List<HistoryEvent> actual, CaseMatch match) {
    for (int i = 0; i < expected.size() && i < actual.size(); i++) {
      JsonNode wanted = normalised(details(expected.get(i)));
      JsonNode got = normalised(details(json(actual.get(i))));
      if (!match.matches(got, wanted)) {
        return "history event " + (i + 1) + " " + got + " != " + wanted;
      }
    }
    return null;
  }

  private static ObjectNode details(JsonNode event) {
    ObjectNode out = CaseFiles.JSON.createObjectNode();
    event
        .properties()
        .forEach(
            e -> {
              if (!SKIPPED.contains(e.getKey())) {
                out.set(e.getKey(), e.getValue());
              }
            });
    return out;
  }

  /** The SDK's event as its wire JSON. */
  private static JsonNode json(Object value) {
    return switch (value) {
      case null -> CaseFiles.JSON.nullNode();
      case SdkPojo pojo -> {
        ObjectNode object = CaseFiles.JSON.createObjectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
          Object member = field.getValueOrDefault(pojo);
          // members the wire left out read as auto-constructed empty lists and maps
          if (member != null
              && !(member instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>)
              && !(member instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>)) {
            object.set(field.locationName(), json(member));
          }
        }
        yield object;
      }
      case List<?> list -> {
        ArrayNode array = CaseFiles.JSON.createArrayNode();
        list.forEach(item -> array.add(json(item)));
        yield array;
      }
      case Map<?, ?> map -> {
        ObjectNode object = CaseFiles.JSON.createObjectNode();
        map.forEach((k, v) -> object.set(String.valueOf(k), json(v)));
        yield object;
      }
      case Boolean b -> CaseFiles.JSON.getNodeFactory().booleanNode(b);
      case Long n -> CaseFiles.JSON.getNodeFactory().numberNode(n);
      case Integer n -> CaseFiles.JSON.getNodeFactory().numberNode(n);
      default -> CaseFiles.JSON.getNodeFactory().textNode(String.valueOf(value));
    };
  }

  /**
   * Each event's detail texts (input, output, cause, assigned values) compared as the JSON they
   * hold; inside them, as the recorder did, only texts that start with <code>{</code>.
   */
  private static JsonNode normalised(ObjectNode event) {
    ObjectNode out = CaseFiles.JSON.createObjectNode();
    event.properties().forEach(e -> out.set(e.getKey(), detailsObject(e.getValue())));
    return out;
  }

  private static JsonNode detailsObject(JsonNode details) {
    if (!details.isObject()) {
      return details;
    }
    ObjectNode out = CaseFiles.JSON.createObjectNode();
    details
        .properties()
        .forEach(
            e -> {
              JsonNode value = e.getValue();
              if (e.getKey().equals("assignedVariables") && value.isObject()) {
                ObjectNode assigned = CaseFiles.JSON.createObjectNode();
                value.properties().forEach(a -> assigned.set(a.getKey(), anyJson(a.getValue())));
                out.set(e.getKey(), assigned);
              } else {
                out.set(e.getKey(), anyJson(value));
              }
            });
    return out;
  }

  /**
   * A text holding any JSON value becomes that value; nested texts only when they hold an object.
   */
  private static JsonNode anyJson(JsonNode node) {
    if (node.isTextual()) {
      JsonNode value = read(node.asText());
      return value == null ? node : objectsInside(value);
    }
    return objectsInside(node);
  }

  private static JsonNode objectsInside(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = CaseFiles.JSON.createObjectNode();
      node.properties().forEach(e -> out.set(e.getKey(), objectsInside(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = CaseFiles.JSON.createArrayNode();
      node.forEach(item -> out.add(objectsInside(item)));
      return out;
    }
    if (node.isTextual() && node.asText().startsWith("{")) {
      JsonNode value = read(node.asText());
      return value == null ? node : objectsInside(value);
    }
    return node;
  }

  private static JsonNode read(String text) {
    try {
      JsonNode value = CaseFiles.JSON.readTree(text);
      return value == null || value.isMissingNode() ? null : value;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
