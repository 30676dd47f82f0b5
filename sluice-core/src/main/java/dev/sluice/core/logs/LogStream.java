package dev.sluice.core.logs;

import java.time.Instant;

/**
 * A log stream as DescribeLogStreams shows it; the event times are null until its first event.
 *
 * @param storedBytes the UTF-8 size of its messages
 */
public record LogStream(
    String group,
    String name,
    Instant createdAt,
    Instant firstEventTimestamp,
    Instant lastEventTimestamp,
    Instant lastIngestionTime,
    long storedBytes) {}
