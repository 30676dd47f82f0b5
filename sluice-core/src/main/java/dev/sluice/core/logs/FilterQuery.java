package dev.sluice.core.logs;

import java.time.Instant;
import java.util.List;

/**
 * FilterLogEvents' request.
 *
 * @param streams these streams only; empty for all
 * @param streamPrefix streams whose name starts with this only, or null
 * @param startTime events at or after this time only, or null
 * @param endTime events before this time only, or null
 * @param filterPattern the pattern messages must match, or null for all
 * @param nextToken the token of the previous page, or null
 * @param limit at most this many (1 to 10000), or null for 10000
 */
public record FilterQuery(
    String group,
    List<String> streams,
    String streamPrefix,
    Instant startTime,
    Instant endTime,
    String filterPattern,
    String nextToken,
    Integer limit) {

  public FilterQuery {
    streams = streams == null ? List.of() : List.copyOf(streams);
  }
}
