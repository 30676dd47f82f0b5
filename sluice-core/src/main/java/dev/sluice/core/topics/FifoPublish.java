package dev.sluice.core.topics;

import java.time.Instant;

/**
 * A publish to a FIFO topic: a message with this deduplication id published before {@code
 * expiresAt} of its first copy is a duplicate.
 */
public record FifoPublish(
    String deduplicationId, String messageId, Instant now, Instant expiresAt) {}
