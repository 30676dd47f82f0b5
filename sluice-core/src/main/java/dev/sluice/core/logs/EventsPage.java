package dev.sluice.core.logs;

import java.util.List;

/**
 * One page of GetLogEvents, oldest first. At either end the token asked with comes back again, as
 * CloudWatch Logs does, which is how clients know they have read everything.
 */
public record EventsPage(
    List<StoredEvent> events, String nextForwardToken, String nextBackwardToken) {

  public EventsPage {
    events = List.copyOf(events);
  }
}
