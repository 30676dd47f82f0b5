package dev.sluice.store.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventDispatcherRetryTest extends DispatcherFixture {
  private static final Duration POLL = Duration.ofMillis(20);
  private static final Result<Void> BUSY =
      Result.err(Failure.of("TooManyRequestsException", 429, "Rate exceeded"));

  /** Waits until the event's attempt {@code attempts} failed and was rescheduled. */
  private OutboxEvent awaitFailedAttempt(String payload, int attempts) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> find(EventStatus.PENDING, payload).filter(e -> e.lastError() != null),
            e -> e.isPresent() && e.get().attempts() == attempts)
        .get();
  }

  @Test
  void retriesAFailedDeliveryOnceTheBackoffHasPassed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    RecordingConsumer lambda =
        new RecordingConsumer("lambda", e -> calls.incrementAndGet() == 1 ? BUSY : Result.ok(null));
    start(POLL, lambda);
    Instant failedAt = clock.now();

    commit(event("lambda", "x"));
    OutboxEvent rescheduled = awaitFailedAttempt("x", 1);

    assertThat(rescheduled.lastError()).isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(rescheduled.nextAttemptAt())
        .isBetween(failedAt.plus(BASE_BACKOFF.dividedBy(2)), failedAt.plus(BASE_BACKOFF));
    Thread.sleep(150); // several polls: the clock has not moved, so no retry yet
    assertThat(calls).hasValue(1);

    clock.advance(BASE_BACKOFF);
    dispatcher.eventsCommitted();

    OutboxEvent delivered = awaitStatus(EventStatus.DELIVERED, "x");
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(calls).hasValue(2);
  }

  @Test
  void anExceptionFromTheConsumerCountsAsAFailedAttempt() {
    AtomicInteger calls = new AtomicInteger();
    RecordingConsumer lambda =
        new RecordingConsumer(
            "lambda",
            e -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("consumer bug");
              }
              return Result.ok(null);
            });
    start(POLL, lambda);

    commit(event("lambda", "x"));

    assertThat(awaitFailedAttempt("x", 1).lastError())
        .isEqualTo("java.lang.IllegalStateException: consumer bug");
    clock.advance(BASE_BACKOFF);
    dispatcher.eventsCommitted();
    awaitStatus(EventStatus.DELIVERED, "x");
  }

  @Test
  void backsOffExponentiallyUpToTheMaximumThenMarksTheEventFailed() {
    start(POLL, new RecordingConsumer("lambda", e -> BUSY));

    commit(event("lambda", "x"));
    for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      Instant failedAt = clock.now();
      OutboxEvent rescheduled = awaitFailedAttempt("x", attempt);
      Duration nominal = BASE_BACKOFF.multipliedBy(1L << (attempt - 1));
      Duration expected = nominal.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : nominal;
      assertThat(Duration.between(failedAt, rescheduled.nextAttemptAt()))
          .isBetween(expected.dividedBy(2), expected);
      clock.advance(expected);
      dispatcher.eventsCommitted();
    }

    OutboxEvent failed = awaitStatus(EventStatus.FAILED, "x");
    assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(failed.lastError()).isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(find(EventStatus.PENDING, "x")).isEmpty();
  }
}
