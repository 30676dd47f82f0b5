package dev.sluice.core.events;

import java.time.Instant;

/**
 * An event as stored in the outbox.
 *
 * @param id the outbox's own increasing id
 * @param attempts delivery attempts made so far
 * @param nextAttemptAt when the dispatcher may next try it
 * @param lastError the reason the last attempt failed, or null
 */
public record OutboxEvent(
    long id,
    String service,
    String target,
    String type,
    String payload,
    Instant createdAt,
    EventStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError) {}
