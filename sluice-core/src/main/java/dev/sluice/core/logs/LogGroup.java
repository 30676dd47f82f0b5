package dev.sluice.core.logs;

import java.time.Instant;

/**
 * A log group as DescribeLogGroups shows it.
 *
 * @param retentionInDays the retention policy, or null when events are kept forever
 * @param storedBytes the UTF-8 size of the messages of all its streams
 */
public record LogGroup(String name, Instant createdAt, Integer retentionInDays, long storedBytes) {}
