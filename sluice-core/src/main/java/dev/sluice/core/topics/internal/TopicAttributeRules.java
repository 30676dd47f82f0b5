package dev.sluice.core.topics.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.DeliveryPolicies;
import java.util.Map;
import java.util.Set;

/** Which topic attributes SNS accepts, when, and with which values. */
final class TopicAttributeRules {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FEEDBACK_PROTOCOLS =
      Set.of("HTTP", "Lambda", "SQS", "Firehose", "Application");
  private static final Set<String> SETTABLE =
      Set.of(
          "DisplayName",
          "Policy",
          "DeliveryPolicy",
          "SignatureVersion",
          "TracingConfig",
          "KmsMasterKeyId",
          "ContentBasedDeduplication",
          "FifoThroughputScope",
          "ArchivePolicy");

  private TopicAttributeRules() {}

  /** CreateTopic's attributes: every settable one, and FifoTopic. */
  static Result<Void> checkAtCreation(Map<String, String> attributes, boolean fifo) {
    for (var entry : attributes.entrySet()) {
      if (!entry.getKey().equals("FifoTopic") && !isSettable(entry.getKey())) {
        return SnsFailures.invalidParameter(
            "Attributes Reason: Unknown attribute " + entry.getKey());
      }
      Result<Void> checked =
          entry.getKey().equals("FifoTopic")
              ? checkBoolean("FifoTopic", entry.getValue())
              : check(entry.getKey(), entry.getValue(), fifo);
      if (!checked.isOk()) {
        return checked;
      }
    }
    return Result.ok(null);
  }

  /** SetTopicAttributes' one attribute. */
  static Result<Void> check(String name, String value, boolean fifo) {
    if (!isSettable(name)) {
      return SnsFailures.invalidParameter("AttributeName");
    }
    String text = value == null ? "" : value;
    return switch (name) {
      case "SignatureVersion" ->
          text.equals("1") || text.equals("2")
              ? Result.ok(null)
              : SnsFailures.invalidParameter(
                  "Attributes Reason: SignatureVersion: Invalid value [" + text + "]");
      case "TracingConfig" ->
          text.equals("PassThrough") || text.equals("Active")
              ? Result.ok(null)
              : SnsFailures.invalidParameter(
                  "Attributes Reason: TracingConfig: Invalid value [" + text + "]");
      case "ContentBasedDeduplication" ->
          fifo
              ? checkBoolean(name, text)
              : SnsFailures.invalidParameter(
                  "Attributes Reason: Content-based deduplication can only be set for FIFO"
                      + " topics");
      case "FifoThroughputScope" -> checkThroughputScope(text, fifo);
      case "DeliveryPolicy" ->
          text.isEmpty() ? Result.ok(null) : DeliveryPolicies.checkTopicPolicy(text);
      case "Policy", "ArchivePolicy" -> checkJson(name, text);
      default -> Result.ok(null);
    };
  }

  private static boolean isSettable(String name) {
    return name != null && (SETTABLE.contains(name) || isFeedback(name));
  }

  private static boolean isFeedback(String name) {
    return FEEDBACK_PROTOCOLS.stream()
        .anyMatch(
            p ->
                name.equals(p + "SuccessFeedbackRoleArn")
                    || name.equals(p + "SuccessFeedbackSampleRate")
                    || name.equals(p + "FailureFeedbackRoleArn"));
  }

  private static Result<Void> checkThroughputScope(String text, boolean fifo) {
    if (!fifo) {
      return SnsFailures.invalidParameter(
          "Attributes Reason: FifoThroughputScope can only be set for FIFO topics");
    }
    return text.equals("Topic") || text.equals("MessageGroup")
        ? Result.ok(null)
        : SnsFailures.invalidParameter(
            "Attributes Reason: FifoThroughputScope: Invalid value [" + text + "]");
  }

  static Result<Void> checkBoolean(String name, String text) {
    return "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
        ? Result.ok(null)
        : SnsFailures.invalidParameter(
            "Attributes Reason: "
                + name
                + ": Invalid value ["
                + text
                + "]. Must be true or false.");
  }

  private static Result<Void> checkJson(String name, String text) {
    if (text.isEmpty()) {
      return Result.ok(null);
    }
    try {
      return JSON.readTree(text).isObject()
          ? Result.ok(null)
          : SnsFailures.invalidParameter(name + " Error: the policy is not a JSON object");
    } catch (JsonProcessingException e) {
      return SnsFailures.invalidParameter(name + " Error: the policy is not valid JSON");
    }
  }
}
