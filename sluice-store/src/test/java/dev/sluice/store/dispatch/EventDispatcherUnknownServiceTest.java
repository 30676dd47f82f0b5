package dev.sluice.store.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventDispatcherUnknownServiceTest extends DispatcherFixture {

  @Test
  void keepsEventsOfServicesWithoutAConsumerPendingAndUntouched() {
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    start(Duration.ofMillis(20), lambda);

    commit(event("sqs", "for-a-queue-that-does-not-exist-yet"), event("lambda", "for-lambda"));
    awaitStatus(EventStatus.DELIVERED, "for-lambda");
    clock.advance(Duration.ofHours(1));
    dispatcher.eventsCommitted();
    commit(event("lambda", "later"));
    awaitStatus(EventStatus.DELIVERED, "later");

    assertThat(find(EventStatus.PENDING, "for-a-queue-that-does-not-exist-yet"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.attempts()).isZero();
              assertThat(e.lastError()).isNull();
              assertThat(e.service()).isEqualTo("sqs");
            });
    assertThat(lambda.payloads()).containsExactlyInAnyOrder("for-lambda", "later");
  }
}
