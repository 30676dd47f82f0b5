package dev.sluice.core.pipelines.schedule;

import java.time.Instant;

/**
 * One scheduled period: its instance's {@code @scheduledStartTime} and {@code @scheduledEndTime},
 * and when it may run ({@code start} for cron-style and on-demand schedules, {@code end} for
 * time-series-style ones).
 */
public record Period(Instant start, Instant end, Instant runAt) {}
