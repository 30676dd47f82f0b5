package dev.sluice.core.events;

/** Where an outbox event is in its life. */
public enum EventStatus {
  /** Committed and not yet delivered (including events whose target service does not exist yet). */
  PENDING,
  /** The consumer accepted it. */
  DELIVERED,
  /** Given up on after the maximum number of attempts; kept for inspection. */
  FAILED
}
