package dev.sluice.core.topics.publish;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import java.util.Map;

/** Builds inputs for the publish checks' tests. */
final class PublishChecksFixture {
  static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";

  private PublishChecksFixture() {}

  static PublishInput input(String message, String subject) {
    return PublishInput.of(TOPIC, message, subject);
  }

  static PublishInput withAttributes(String message, Map<String, MessageAttribute> attributes) {
    return new PublishInput(TOPIC, null, null, message, null, null, attributes, null, null);
  }

  static PublishInput structured(String structure, String message) {
    return new PublishInput(TOPIC, null, null, message, null, structure, Map.of(), null, null);
  }

  static PublishInput fifo(String message, String groupId, String deduplicationId) {
    return new PublishInput(
        TOPIC, null, null, message, null, null, Map.of(), groupId, deduplicationId);
  }

  static PublishBatchEntry entry(String id, String message) {
    return new PublishBatchEntry(id, message, null, null, Map.of(), null, null);
  }

  static Result<CheckedMessage> standard(PublishInput input) {
    return PublishChecks.check(input, false, false);
  }

  static Failure standardFailure(PublishInput input) {
    return standard(input).failure();
  }
}
