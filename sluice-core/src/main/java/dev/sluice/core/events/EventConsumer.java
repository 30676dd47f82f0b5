package dev.sluice.core.events;

import dev.sluice.core.result.Result;

/** A service that receives the events addressed to it (functions, topics, queues). */
public interface EventConsumer {

  /** The service key events are routed by, e.g. {@code lambda}. */
  String service();

  /**
   * Delivers one event. {@code Ok} acknowledges it; an {@code Err} is retried with backoff. Must be
   * idempotent on {@link OutboxEvent#id()}: delivery is at least once.
   */
  Result<Void> deliver(OutboxEvent event);

  /**
   * Asked after {@link #deliver} answered {@code failure} for {@code event} (whose {@link
   * OutboxEvent#attempts()} counts the attempt that failed): when to try again. By default the
   * dispatcher's backoff and attempt limit decide.
   */
  default RetryDecision afterFailure(OutboxEvent event, dev.sluice.core.result.Failure failure) {
    return RetryDecision.backoff();
  }
}
