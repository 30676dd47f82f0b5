package dev.sluice.core.logs.internal;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.FilterPage;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.StoredEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * FilterLogEvents: reads the selected events in time order in batches, keeps those the pattern
 * matches, and stops at {@code limit} with a token (the key of the last event returned) to go on
 * from.
 */
final class EventFilter {
  static final int BATCH = 1000;

  private final LogStore store;

  EventFilter(LogStore store) {
    this.store = store;
  }

  FilterPage page(
      EventSelection selection,
      FilterPattern pattern,
      EventKey after,
      int limit,
      List<String> searched) {
    var matched = new ArrayList<StoredEvent>();
    var from = after;
    while (true) {
      var batch = store.read(selection, from, null, true, BATCH);
      for (var event : batch) {
        if (pattern.matches(event.message())) {
          matched.add(event);
          if (matched.size() == limit) {
            return new FilterPage(matched, searched, event.key().digits());
          }
        }
      }
      if (batch.size() < BATCH) {
        return new FilterPage(matched, searched, null);
      }
      from = batch.getLast().key();
    }
  }
}
