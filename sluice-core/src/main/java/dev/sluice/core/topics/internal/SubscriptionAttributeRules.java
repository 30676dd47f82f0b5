package dev.sluice.core.topics.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.DeliveryPolicies;
import dev.sluice.core.topics.filter.FilterPolicy;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The subscription attributes SNS accepts and the values it accepts for them. */
final class SubscriptionAttributeRules {
  static final Set<String> SETTABLE =
      Set.of(
          "DeliveryPolicy",
          "FilterPolicy",
          "FilterPolicyScope",
          "RawMessageDelivery",
          "RedrivePolicy",
          "SubscriptionRoleArn",
          "ReplayPolicy");
  private static final Set<String> RAW_PROTOCOLS =
      Set.of("http", "https", "sqs", "firehose", "lambda");
  private static final Pattern SQS_ARN = Pattern.compile("arn:aws:sqs:[a-z0-9-]+:\\d{12}:[\\w.-]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubscriptionAttributeRules() {}

  /**
   * Checks {@code name = value} on a subscription of {@code protocol} whose attributes are these.
   */
  static Result<Void> check(
      String protocol, String name, String value, Map<String, String> attributes) {
    if (name == null || !SETTABLE.contains(name)) {
      return SnsFailures.invalidParameter("AttributeName");
    }
    String text = value == null ? "" : value;
    return switch (name) {
      case "RawMessageDelivery" -> checkRaw(protocol, text);
      case "FilterPolicyScope" -> checkScope(text, attributes.get("FilterPolicy"));
      case "FilterPolicy" ->
          text.isEmpty()
              ? Result.ok(null)
              : FilterPolicy.parse(text, scope(attributes.get("FilterPolicyScope"))).map(p -> null);
      case "DeliveryPolicy" -> checkDeliveryPolicy(protocol, text);
      case "RedrivePolicy" -> checkRedrivePolicy(text);
      default -> Result.ok(null);
    };
  }

  static FilterPolicy.Scope scope(String text) {
    return "MessageBody".equals(text)
        ? FilterPolicy.Scope.MESSAGE_BODY
        : FilterPolicy.Scope.MESSAGE_ATTRIBUTES;
  }

  private static Result<Void> checkRaw(String protocol, String text) {
    if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
      return TopicAttributeRules.checkBoolean("RawMessageDelivery", text);
    }
    if ("true".equalsIgnoreCase(text) && !RAW_PROTOCOLS.contains(protocol)) {
      return SnsFailures.invalidParameter(
          "Attributes Reason: RawMessageDelivery: Invalid value [true]. Delivery protocol ["
              + protocol
              + "] does not support raw message delivery.");
    }
    return Result.ok(null);
  }

  private static Result<Void> checkScope(String text, String filterPolicy) {
    if (!text.equals("MessageAttributes") && !text.equals("MessageBody")) {
      return SnsFailures.invalidParameter(
          "Attributes Reason: FilterPolicyScope: Invalid value ["
              + text
              + "]. Please use either MessageBody or MessageAttributes");
    }
    return filterPolicy == null
        ? Result.ok(null)
        : FilterPolicy.parse(filterPolicy, scope(text)).map(p -> null);
  }

  private static Result<Void> checkDeliveryPolicy(String protocol, String text) {
    if (text.isEmpty()) {
      return Result.ok(null);
    }
    if (!protocol.equals("http") && !protocol.equals("https")) {
      return SnsFailures.invalidParameter(
          "DeliveryPolicy: Delivery protocol ["
              + protocol
              + "] does not support delivery policies");
    }
    return DeliveryPolicies.checkSubscriptionPolicy(text);
  }

  private static Result<Void> checkRedrivePolicy(String text) {
    if (text.isEmpty()) {
      return Result.ok(null);
    }
    String target = deadLetterTarget(text);
    if (target == null) {
      return SnsFailures.invalidParameter("RedrivePolicy: Invalid RedrivePolicy: " + text);
    }
    return SQS_ARN.matcher(target).matches()
        ? Result.ok(null)
        : SnsFailures.invalidParameter("RedrivePolicy: deadLetterTargetArn is an invalid arn");
  }

  /** The RedrivePolicy's deadLetterTargetArn, or null when there is none. */
  static String deadLetterTarget(String redrivePolicy) {
    if (redrivePolicy == null || redrivePolicy.isEmpty()) {
      return null;
    }
    try {
      JsonNode target = JSON.readTree(redrivePolicy).path("deadLetterTargetArn");
      return target.isTextual() ? target.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
