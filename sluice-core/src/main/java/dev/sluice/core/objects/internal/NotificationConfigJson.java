package dev.sluice.core.objects.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a bucket's notification configuration (catalog kind {@code notification}). */
final class NotificationConfigJson {

  static final String KIND = "notification";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NotificationConfigJson() {}

  static String write(NotificationConfiguration configuration) {
    ObjectNode root = MAPPER.createObjectNode();
    var rules = root.putArray("rules");
    for (var rule : configuration.rules()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.put("target", rule.target().name());
      node.put("targetArn", rule.targetArn());
      rule.events().forEach(node.putArray("events")::add);
      node.put("prefix", rule.prefix());
      node.put("suffix", rule.suffix());
    }
    root.put("eventBridge", configuration.eventBridge());
    return root.toString();
  }

  static NotificationConfiguration read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored notification configuration is not JSON", e);
    }
    List<NotificationRule> rules = new ArrayList<>();
    for (JsonNode node : root.path("rules")) {
      rules.add(rule(node));
    }
    return new NotificationConfiguration(rules, root.path("eventBridge").asBoolean(false));
  }

  private static NotificationRule rule(JsonNode node) {
    List<String> events = new ArrayList<>();
    node.path("events").forEach(e -> events.add(e.asText()));
    return new NotificationRule(
        text(node, "id"),
        NotificationTarget.valueOf(node.path("target").asText()),
        text(node, "targetArn"),
        events,
        text(node, "prefix"),
        text(node, "suffix"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
