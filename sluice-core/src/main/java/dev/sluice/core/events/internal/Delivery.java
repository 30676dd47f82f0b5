package dev.sluice.core.events.internal;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.events.RetryDecision;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One delivery attempt and its outcome in the outbox: delivered, rescheduled with backoff, or
 * failed for good after the last attempt.
 */
public final class Delivery {
  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

  private final EventOutbox outbox;
  private final Clock clock;
  private final Backoff backoff;
  private final int maxAttempts;

  public Delivery(EventOutbox outbox, Clock clock, Backoff backoff, int maxAttempts) {
    this.outbox = outbox;
    this.clock = clock;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
  }

  /** Delivers the event (claimed, so its attempt is counted) and records the outcome. */
  public void attempt(OutboxEvent event, EventConsumer consumer) {
    Failure failure = deliver(event, consumer);
    try {
      if (failure == null) {
        outbox.markDelivered(event.id());
        return;
      }
      String error = failure.code() + ": " + failure.message();
      switch (decide(event, consumer, failure)) {
        case RetryDecision.After after ->
            outbox.reschedule(event.id(), clock.now().plus(after.delay()), error);
        case RetryDecision.GiveUp giveUp -> {
          LOG.warn(
              "Event {} failed for good after {} attempts: {}",
              event.id(),
              event.attempts(),
              error);
          outbox.markFailed(event.id(), error);
        }
        case RetryDecision.Backoff backoffDecision -> {
          if (event.attempts() >= maxAttempts) {
            LOG.warn(
                "Event {} failed for good after {} attempts: {}", event.id(), maxAttempts, error);
            outbox.markFailed(event.id(), error);
          } else {
            outbox.reschedule(event.id(), clock.now().plus(backoff.after(event.attempts())), error);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Recording the outcome of event {} failed; it returns after its lease", event.id(), e);
    }
  }

  private static RetryDecision decide(OutboxEvent event, EventConsumer consumer, Failure failure) {
    try {
      return consumer.afterFailure(event, failure);
    } catch (RuntimeException e) {
      LOG.warn("Consumer {} threw deciding on event {}", event.service(), event.id(), e);
      return RetryDecision.backoff();
    }
  }

  /** Null when the consumer accepted the event, else why not. */
  private static Failure deliver(OutboxEvent event, EventConsumer consumer) {
    try {
      Result<Void> result = consumer.deliver(event);
      return result.isOk() ? null : result.failure();
    } catch (RuntimeException e) {
      LOG.warn("Consumer {} threw on event {}", event.service(), event.id(), e);
      return Failure.of(e.getClass().getName(), 500, String.valueOf(e.getMessage()));
    }
  }
}
