package dev.sluice.core.topics.publish;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.publish.internal.AttributeRules;
import dev.sluice.core.topics.publish.internal.BatchRules;
import dev.sluice.core.topics.publish.internal.FifoRules;
import dev.sluice.core.topics.publish.internal.MessageSize;
import dev.sluice.core.topics.publish.internal.MessageStructureParser;
import dev.sluice.core.topics.publish.internal.SubjectRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publish's and PublishBatch's checks as SNS makes them, in SNS's order, with SNS's codes and
 * messages. Pure.
 */
public final class PublishChecks {
  private PublishChecks() {}

  /**
   * Checks one Publish to a topic that exists (its FIFO-ness and ContentBasedDeduplication given):
   * message, subject, size (message and attributes together at most 256 KiB), MessageStructure,
   * message attributes, MessageGroupId and MessageDeduplicationId rules.
   */
  public static Result<CheckedMessage> check(
      PublishInput input, boolean fifoTopic, boolean contentBasedDeduplication) {
    return check(
        new PublishBatchEntry(
            null,
            input.message(),
            input.subject(),
            input.messageStructure(),
            input.messageAttributes(),
            input.messageGroupId(),
            input.messageDeduplicationId()),
        fifoTopic,
        contentBasedDeduplication);
  }

  /** The same checks for one PublishBatch entry; failures become that entry's Failed item. */
  public static Result<CheckedMessage> check(
      PublishBatchEntry entry, boolean fifoTopic, boolean contentBasedDeduplication) {
    var failure = messageFailure(entry);
    if (failure.isPresent()) {
      return Result.err(failure.get());
    }
    return MessageStructureParser.parse(entry.messageStructure(), entry.message())
        .flatMap(
            structure ->
                FifoRules.check(
                        entry.message(),
                        entry.messageGroupId(),
                        entry.messageDeduplicationId(),
                        fifoTopic,
                        contentBasedDeduplication)
                    .map(ids -> checked(entry, structure, ids)));
  }

  /**
   * PublishBatch's checks of the request as a whole: at least one and at most 10 entries, distinct
   * ids, id syntax, total size.
   */
  public static Result<Void> checkBatch(List<PublishBatchEntry> entries) {
    return BatchRules.check(entries)
        .<Result<Void>>map(Result::err)
        .orElseGet(() -> Result.ok(null));
  }

  private static Optional<Failure> messageFailure(PublishBatchEntry entry) {
    if (entry.message() == null || entry.message().isEmpty()) {
      return Optional.of(Failure.of("InvalidParameter", 400, "Invalid parameter: Empty message"));
    }
    return SubjectRule.check(entry.subject())
        .or(() -> AttributeRules.check(entry.messageAttributes()))
        .or(() -> tooLong(entry.message(), entry.messageAttributes()));
  }

  private static Optional<Failure> tooLong(
      String message, Map<String, MessageAttribute> attributes) {
    if (MessageSize.of(message, attributes) > MessageSize.LIMIT) {
      return Optional.of(
          Failure.of("InvalidParameter", 400, "Invalid parameter: Message too long"));
    }
    return Optional.empty();
  }

  private static CheckedMessage checked(
      PublishBatchEntry entry, Map<String, String> structure, FifoRules.Ids ids) {
    return new CheckedMessage(
        entry.message(),
        structure,
        entry.subject(),
        entry.messageAttributes(),
        ids.messageGroupId(),
        ids.deduplicationId());
  }
}
