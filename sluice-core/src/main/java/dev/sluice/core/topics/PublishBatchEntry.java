package dev.sluice.core.topics;

import java.util.Map;

/** One entry of PublishBatch, as sent. */
public record PublishBatchEntry(
    String id,
    String message,
    String subject,
    String messageStructure,
    Map<String, MessageAttribute> messageAttributes,
    String messageGroupId,
    String messageDeduplicationId) {
  public PublishBatchEntry {
    messageAttributes = messageAttributes == null ? Map.of() : Map.copyOf(messageAttributes);
  }
}
