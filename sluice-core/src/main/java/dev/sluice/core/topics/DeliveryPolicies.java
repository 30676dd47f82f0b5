package dev.sluice.core.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.delivery.PolicyChecks;
import dev.sluice.core.topics.delivery.RetryPolicy;
import java.util.Optional;

/**
 * SNS's delivery policies for http/https: checking a topic's ({@code {"http": {
 * "defaultHealthyRetryPolicy": ..., "disableSubscriptionOverrides": ..., ...}}}) and a
 * subscription's ({@code {"healthyRetryPolicy": ..., "throttlePolicy": ..., "requestPolicy": ...}})
 * as SNS checks them, and the effective policy SNS reports and deliveries follow.
 */
public final class DeliveryPolicies {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFAULT_CONTENT_TYPE = "text/plain; charset=UTF-8";

  private DeliveryPolicies() {}

  /**
   * A topic's DeliveryPolicy; {@code InvalidParameter} with SNS's message when SNS refuses it. An
   * empty policy (which removes the policy) passes.
   */
  public static Result<Void> checkTopicPolicy(String json) {
    if (json == null || json.isBlank()) {
      return Result.ok(null);
    }
    var root = parse(json);
    if (root.isEmpty() || !root.get().isObject()) {
      return PolicyChecks.invalid("Invalid JSON");
    }
    var http = root.get().get("http");
    if (http == null) {
      return Result.ok(null);
    }
    if (!http.isObject()) {
      return PolicyChecks.invalid("http must be an object");
    }
    var reason =
        check(http, "defaultHealthyRetryPolicy", "http")
            .or(() -> throttle(http, "defaultThrottlePolicy", "http"))
            .or(() -> request(http, "defaultRequestPolicy", "http"));
    var overrides = http.get("disableSubscriptionOverrides");
    if (reason.isEmpty() && overrides != null && !overrides.isBoolean()) {
      reason = Optional.of("http.disableSubscriptionOverrides must be a boolean");
    }
    return reason.map(PolicyChecks::invalid).orElse(Result.ok(null));
  }

  /** A subscription's DeliveryPolicy; {@code InvalidParameter} when SNS refuses it. */
  public static Result<Void> checkSubscriptionPolicy(String json) {
    if (json == null || json.isBlank()) {
      return Result.ok(null);
    }
    var root = parse(json);
    if (root.isEmpty() || !root.get().isObject()) {
      return PolicyChecks.invalid("Invalid JSON");
    }
    var node = root.get();
    return check(node, "healthyRetryPolicy", null)
        .or(() -> throttle(node, "throttlePolicy", null))
        .or(() -> request(node, "requestPolicy", null))
        .map(PolicyChecks::invalid)
        .orElse(Result.ok(null));
  }

  /** The topic's EffectiveDeliveryPolicy attribute: its policy over SNS's defaults. */
  public static String effectiveTopicPolicy(String topicPolicyJson) {
    var http = parse(topicPolicyJson).map(n -> n.path("http")).orElse(JSON.missingNode());
    var out = JSON.createObjectNode();
    var effective = out.putObject("http");
    effective.set(
        "defaultHealthyRetryPolicy",
        RetryPolicy.over(RetryPolicy.DEFAULT, http.get("defaultHealthyRetryPolicy")).toJson());
    effective.put(
        "disableSubscriptionOverrides", http.path("disableSubscriptionOverrides").asBoolean(false));
    if (http.path("defaultThrottlePolicy").isObject()) {
      effective.set("defaultThrottlePolicy", http.get("defaultThrottlePolicy"));
    }
    effective.set("defaultRequestPolicy", requestOrDefault(http.get("defaultRequestPolicy")));
    return out.toString();
  }

  /**
   * An http/https subscription's EffectiveDeliveryPolicy (subscription-shaped JSON): the
   * subscription's policy over the topic's defaults over SNS's (the topic's alone when it disables
   * subscription overrides). Either argument may be null. This is what {@link
   * TopicDelivery#deliveryPolicy()} carries.
   */
  public static String effective(String topicPolicyJson, String subscriptionPolicyJson) {
    var http = parse(topicPolicyJson).map(n -> n.path("http")).orElse(JSON.missingNode());
    JsonNode sub =
        http.path("disableSubscriptionOverrides").asBoolean(false)
            ? JSON.missingNode()
            : parse(subscriptionPolicyJson).orElse(JSON.missingNode());
    var topicRetry = RetryPolicy.over(RetryPolicy.DEFAULT, http.get("defaultHealthyRetryPolicy"));
    var out = JSON.createObjectNode();
    out.set(
        "healthyRetryPolicy", RetryPolicy.over(topicRetry, sub.get("healthyRetryPolicy")).toJson());
    out.putNull("sicklyRetryPolicy");
    out.set(
        "throttlePolicy",
        firstObject(sub.get("throttlePolicy"), http.get("defaultThrottlePolicy")));
    out.set(
        "requestPolicy",
        requestOrDefault(firstObject(sub.get("requestPolicy"), http.get("defaultRequestPolicy"))));
    out.put("guaranteed", false);
    return out.toString();
  }

  private static Optional<String> check(JsonNode parent, String field, String prefix) {
    var node = parent.get(field);
    return node == null ? Optional.empty() : PolicyChecks.retryPolicy(path(prefix, field), node);
  }

  private static Optional<String> throttle(JsonNode parent, String field, String prefix) {
    var node = parent.get(field);
    return node == null ? Optional.empty() : PolicyChecks.throttlePolicy(path(prefix, field), node);
  }

  private static Optional<String> request(JsonNode parent, String field, String prefix) {
    var node = parent.get(field);
    return node == null ? Optional.empty() : PolicyChecks.requestPolicy(path(prefix, field), node);
  }

  private static String path(String prefix, String field) {
    return prefix == null ? field : prefix + "." + field;
  }

  private static JsonNode firstObject(JsonNode a, JsonNode b) {
    if (a != null && a.isObject()) {
      return a;
    }
    return b != null && b.isObject() ? b : JSON.nullNode();
  }

  private static ObjectNode requestOrDefault(JsonNode node) {
    var out = JSON.createObjectNode();
    var type = node == null ? null : node.get("headerContentType");
    out.put(
        "headerContentType",
        type != null && type.isTextual() ? type.asText() : DEFAULT_CONTENT_TYPE);
    return out;
  }

  private static Optional<JsonNode> parse(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
