package dev.sluice.core.workflows;

import java.time.Instant;

/** An activity: a named queue of tasks that external workers poll. */
public record ActivityRecord(String arn, String name, Instant created) {}
