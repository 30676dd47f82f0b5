package dev.sluice.core.topics.publish;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import java.util.List;

/**
 * Publish's and PublishBatch's checks as SNS makes them, in SNS's order, with SNS's codes and
 * messages. Pure. CONTRACT: the topics-publish-checks work replaces this body.
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
    throw new UnsupportedOperationException("publish checks are being written");
  }

  /** The same checks for one PublishBatch entry; failures become that entry's Failed item. */
  public static Result<CheckedMessage> check(
      PublishBatchEntry entry, boolean fifoTopic, boolean contentBasedDeduplication) {
    throw new UnsupportedOperationException("publish checks are being written");
  }

  /**
   * PublishBatch's checks of the request as a whole: at least one and at most 10 entries, distinct
   * ids, id syntax, total size.
   */
  public static Result<Void> checkBatch(List<PublishBatchEntry> entries) {
    throw new UnsupportedOperationException("publish checks are being written");
  }
}
