package dev.sluice.core.topics;

/** A listed value and its position in the listing (the next page starts after it). */
public record Positioned<T>(long position, T value) {}
