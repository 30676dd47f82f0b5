package dev.sluice.aws.lambda.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.functions.ConfigurationChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads members of a Lambda JSON request; an absent or null member is null. */
public final class RequestFields {
  private RequestFields() {}

  public static String text(JsonNode body, String field) {
    var value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public static Integer integer(JsonNode body, String field) {
    var value = body.get(field);
    return value == null || value.isNull() ? null : value.asInt();
  }

  public static boolean flag(JsonNode body, String field) {
    var value = body.get(field);
    return value != null && value.asBoolean();
  }

  public static Map<String, String> strings(JsonNode map) {
    if (map == null || map.isNull()) {
      return null;
    }
    var values = new LinkedHashMap<String, String>();
    map.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }

  public static Map<String, Double> weights(JsonNode routingConfig) {
    if (routingConfig == null || routingConfig.isNull()) {
      return null;
    }
    var values = new LinkedHashMap<String, Double>();
    routingConfig
        .path("AdditionalVersionWeights")
        .properties()
        .forEach(e -> values.put(e.getKey(), e.getValue().asDouble()));
    return values;
  }

  public static List<String> texts(JsonNode array) {
    if (array == null || array.isNull()) {
      return null;
    }
    var values = new ArrayList<String>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** The configuration members of CreateFunction and UpdateFunctionConfiguration. */
  public static ConfigurationChange configuration(JsonNode body) {
    var environment = body.get("Environment");
    var deadLetter = body.get("DeadLetterConfig");
    return new ConfigurationChange(
        text(body, "Runtime"),
        text(body, "Handler"),
        text(body, "Role"),
        text(body, "Description"),
        integer(body, "Timeout"),
        integer(body, "MemorySize"),
        environment == null || environment.isNull()
            ? null
            : orEmpty(strings(environment.get("Variables"))),
        texts(body.get("Layers")),
        deadLetter == null || deadLetter.isNull() ? null : deadLetter.path("TargetArn").asText(""));
  }

  private static Map<String, String> orEmpty(Map<String, String> values) {
    return values == null ? Map.of() : values;
  }

  /** The destination ARN of DestinationConfig's OnSuccess or OnFailure, or null. */
  public static String destination(JsonNode body, String kind) {
    var value = body.path("DestinationConfig").path(kind).get("Destination");
    return value == null || value.isNull() ? null : value.asText();
  }
}
