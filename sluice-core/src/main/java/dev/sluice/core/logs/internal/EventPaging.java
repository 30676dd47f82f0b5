package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.EventsPage;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.StoredEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * GetLogEvents' pages of one stream. Without a token: the newest {@code limit} events, or the
 * oldest with {@code startFromHead}. A forward token reads on after a page, a backward token back
 * before it. A page always comes with both tokens; past either end the token asked with comes back
 * unchanged.
 */
final class EventPaging {
  private final LogStore store;

  EventPaging(LogStore store) {
    this.store = store;
  }

  EventsPage page(EventSelection selection, EventToken token, boolean startFromHead, int limit) {
    if (token == null) {
      return startFromHead
          ? around(forward(selection, null, limit))
          : around(backward(selection, null, limit));
    }
    if (token.forward()) {
      var events = forward(selection, token.key(), limit);
      return events.isEmpty()
          ? new EventsPage(
              events, token.toString(), EventToken.backward(token.key().next()).toString())
          : around(events);
    }
    var events = backward(selection, token.key(), limit);
    return events.isEmpty()
        ? new EventsPage(
            events, EventToken.forward(token.key().previous()).toString(), token.toString())
        : around(events);
  }

  private List<StoredEvent> forward(EventSelection selection, EventKey after, int limit) {
    return store.read(selection, after, null, true, limit);
  }

  /** The newest {@code limit} events before {@code before}, oldest first. */
  private List<StoredEvent> backward(EventSelection selection, EventKey before, int limit) {
    var newestFirst = new ArrayList<>(store.read(selection, null, before, false, limit));
    return newestFirst.reversed();
  }

  /** A page of events with the tokens that read on from either end of it. */
  private static EventsPage around(List<StoredEvent> events) {
    if (events.isEmpty()) {
      return new EventsPage(
          events,
          EventToken.forward(EventKey.FIRST).toString(),
          EventToken.backward(EventKey.FIRST).toString());
    }
    return new EventsPage(
        events,
        EventToken.forward(events.getLast().key()).toString(),
        EventToken.backward(events.getFirst().key()).toString());
  }
}
