package dev.sluice.core.topics;

import java.util.List;

/** PublishBatch's answer: one entry per request entry, in one of the two lists. */
public record BatchPublished(List<Success> successful, List<Failed> failed) {
  public BatchPublished {
    successful = List.copyOf(successful);
    failed = List.copyOf(failed);
  }

  /** {@code sequenceNumber} only for FIFO topics. */
  public record Success(String id, String messageId, String sequenceNumber) {}

  public record Failed(String id, String code, String message, boolean senderFault) {}
}
