package dev.sluice.core.logs;

import java.time.Instant;

/** One log line as CloudWatch Logs keeps it: when it was written and its text. */
public record LogEvent(Instant timestamp, String message) {}
