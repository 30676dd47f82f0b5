package dev.sluice.core.topics;

/** Publish's answer; {@code sequenceNumber} only for FIFO topics, else null. */
public record Published(String messageId, String sequenceNumber) {}
