package dev.sluice.core.logs;

import java.time.Instant;

/**
 * A log event as kept: its stream, its time, its text, when it arrived, and the id that orders
 * events of equal time in arrival order.
 */
public record StoredEvent(
    long id, String stream, Instant timestamp, String message, Instant ingestionTime) {

  /** Where this event sits in time order. */
  public EventKey key() {
    return new EventKey(timestamp.toEpochMilli(), id);
  }
}
