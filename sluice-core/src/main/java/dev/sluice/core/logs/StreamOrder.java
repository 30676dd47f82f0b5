package dev.sluice.core.logs;

/** The orders DescribeLogStreams lists streams in. */
public enum StreamOrder {
  LOG_STREAM_NAME,
  LAST_EVENT_TIME
}
