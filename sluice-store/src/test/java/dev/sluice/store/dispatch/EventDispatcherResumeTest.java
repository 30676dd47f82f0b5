package dev.sluice.store.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventDispatcherResumeTest extends DispatcherFixture {

  @Test
  void anEventClaimedByANodeThatDiedIsDeliveredAfterItsLeaseExpires() {
    commit(event("lambda", "orphan"));
    store.outbox().claimDue("dead-node", Set.of("lambda"), 10, clock.now(), LEASE);

    reopen();
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    start(Duration.ofMillis(20), lambda);
    commit(event("lambda", "fresh"));
    awaitStatus(EventStatus.DELIVERED, "fresh");

    assertThat(lambda.payloads()).containsExactly("fresh");
    assertThat(find(EventStatus.PENDING, "orphan")).isPresent();

    clock.advance(LEASE);
    dispatcher.eventsCommitted();

    OutboxEvent delivered = awaitStatus(EventStatus.DELIVERED, "orphan");
    assertThat(delivered.attempts()).isEqualTo(2);
    assertThat(lambda.payloads()).containsExactly("fresh", "orphan");
  }

  @Test
  void pendingEventsAreDeliveredByTheNextDispatcherAfterARestart() {
    start(Duration.ofMillis(20));
    commit(event("lambda", "while-nobody-listened"));
    dispatcher.close();

    reopen();
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    start(Duration.ofMillis(20), lambda);

    awaitStatus(EventStatus.DELIVERED, "while-nobody-listened");
    assertThat(lambda.payloads()).containsExactly("while-nobody-listened");
  }
}
