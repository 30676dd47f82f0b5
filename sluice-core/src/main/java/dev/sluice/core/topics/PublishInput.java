package dev.sluice.core.topics;

import java.util.Map;

/**
 * Publish's input, as sent (nulls where the caller sent nothing). {@code message} is the text, or
 * with {@code messageStructure = "json"} a JSON object of per-protocol texts with a {@code
 * default}.
 */
public record PublishInput(
    String topicArn,
    String targetArn,
    String phoneNumber,
    String message,
    String subject,
    String messageStructure,
    Map<String, MessageAttribute> messageAttributes,
    String messageGroupId,
    String messageDeduplicationId) {
  public PublishInput {
    messageAttributes = messageAttributes == null ? Map.of() : Map.copyOf(messageAttributes);
  }

  /** A plain message to a topic, as other services publish (S3 notifications, destinations). */
  public static PublishInput of(String topicArn, String message, String subject) {
    return new PublishInput(topicArn, null, null, message, subject, null, Map.of(), null, null);
  }
}
