package dev.sluice.core.logs;

import java.util.List;

/**
 * One page of FilterLogEvents, in time order across streams; {@code nextToken} is null when every
 * selected event has been returned.
 *
 * @param searchedStreams the streams searched
 */
public record FilterPage(List<StoredEvent> events, List<String> searchedStreams, String nextToken) {

  public FilterPage {
    events = List.copyOf(events);
    searchedStreams = List.copyOf(searchedStreams);
  }
}
