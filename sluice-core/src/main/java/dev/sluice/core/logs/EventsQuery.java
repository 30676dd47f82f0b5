package dev.sluice.core.logs;

import java.time.Instant;

/**
 * GetLogEvents' request.
 *
 * @param startTime events at or after this time only, or null
 * @param endTime events before this time only, or null
 * @param startFromHead without a token: the oldest events first instead of the newest page
 * @param nextToken a {@code f/...} or {@code b/...} token of an earlier page, or null
 * @param limit at most this many (1 to 10000), or null for 10000
 */
public record EventsQuery(
    String group,
    String stream,
    Instant startTime,
    Instant endTime,
    boolean startFromHead,
    String nextToken,
    Integer limit) {}
