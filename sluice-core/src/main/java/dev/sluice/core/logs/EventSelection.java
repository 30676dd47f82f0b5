package dev.sluice.core.logs;

import java.time.Instant;
import java.util.List;

/**
 * Which events of a group a read looks at.
 *
 * @param streams these streams only; empty for every stream
 * @param streamPrefix streams whose name starts with this only, or null
 * @param startTime events at or after this time only, or null
 * @param endTime events before this time only, or null
 */
public record EventSelection(
    String group, List<String> streams, String streamPrefix, Instant startTime, Instant endTime) {

  public EventSelection {
    streams = List.copyOf(streams);
  }

  /** Every event of one stream between the times. */
  public static EventSelection ofStream(
      String group, String stream, Instant startTime, Instant endTime) {
    return new EventSelection(group, List.of(stream), null, startTime, endTime);
  }
}
