package dev.sluice.core.topics.delivery;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.topics.TopicDelivery;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The copy of an undeliverable notification SNS sends to a subscription's dead-letter queue: the
 * envelope (or the raw message for raw subscriptions), as an {@code sqs} event.
 */
final class DeadLetters {
  static final String TYPE = "DeadLetter";
  private final EventOutbox outbox;
  private final Envelopes envelopes;
  private final Supplier<Instant> now;

  DeadLetters(EventOutbox outbox, Envelopes envelopes, Supplier<Instant> now) {
    this.outbox = outbox;
    this.envelopes = envelopes;
    this.now = now;
  }

  /** Whether {@code d} is dead-lettered when its retries run out. */
  static boolean applies(TopicDelivery d) {
    return d.deadLetterTargetArn() != null && TopicDelivery.NOTIFICATION.equals(d.kind());
  }

  void send(TopicDelivery d) {
    var body = d.rawMessageDelivery() ? d.message() : envelopes.json(d);
    outbox.append(List.of(new NewEvent("sqs", d.deadLetterTargetArn(), TYPE, body)), now.get());
  }
}
