package dev.sluice.core.objects;

import dev.sluice.core.result.Failure;

/** One key's result in a DeleteObjects: deleted ({@code failure == null}) or the error. */
public record DeleteOutcome(String key, Failure failure) {}
