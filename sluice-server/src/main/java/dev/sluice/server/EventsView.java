package dev.sluice.server;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import java.util.List;

/**
 * Read access to the event outbox for the admin route {@code /_sluice/events} and {@code sluice
 * events}. The store's outbox provides it ({@code outbox::list}).
 */
@FunctionalInterface
public interface EventsView {

  /**
   * Events in {@code status}, oldest first, with ids after {@code afterId}, at most {@code limit}.
   */
  List<OutboxEvent> list(EventStatus status, long afterId, int limit);

  /** A view of an outbox that holds nothing, for a Sluice without a store. */
  static EventsView none() {
    return (status, afterId, limit) -> List.of();
  }
}
