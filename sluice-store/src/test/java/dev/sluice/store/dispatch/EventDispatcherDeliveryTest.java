package dev.sluice.store.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventDispatcherDeliveryTest extends DispatcherFixture {
  private static final Duration NEVER_POLL = Duration.ofHours(1);

  @Test
  void deliversACommittedEventAsSoonAsItIsSignalledWithoutWaitingForAPoll() throws Exception {
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    start(NEVER_POLL, lambda);
    Thread.sleep(100); // let the first pass find nothing and go to sleep for the hour

    commit(event("lambda", "{\"hello\":1}"));

    OutboxEvent received = lambda.received.poll(5, TimeUnit.SECONDS);
    assertThat(received).isNotNull();
    assertThat(received.payload()).isEqualTo("{\"hello\":1}");
    assertThat(received.attempts()).isEqualTo(1);
    assertThat(awaitStatus(EventStatus.DELIVERED, "{\"hello\":1}").lastError()).isNull();
  }

  @Test
  void deliversEventsCommittedBeforeItStarted() throws Exception {
    commit(event("lambda", "early"));
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");

    start(NEVER_POLL, lambda);

    assertThat(lambda.received.poll(5, TimeUnit.SECONDS)).isNotNull();
    awaitStatus(EventStatus.DELIVERED, "early");
  }

  @Test
  void deliversManyEventsEachToItsOwnServiceOnce() {
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    RecordingConsumer sns = RecordingConsumer.accepting("sns");
    start(NEVER_POLL, lambda, sns);

    List<Integer> numbers = IntStream.range(0, 100).boxed().toList();
    for (int n : numbers) {
      commit(event(n % 2 == 0 ? "lambda" : "sns", "" + n));
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> store.outbox().list(EventStatus.DELIVERED, 0, 1000).size() == numbers.size());
    assertThat(lambda.payloads())
        .containsExactlyInAnyOrderElementsOf(
            numbers.stream().filter(n -> n % 2 == 0).map(String::valueOf).toList());
    assertThat(sns.payloads())
        .containsExactlyInAnyOrderElementsOf(
            numbers.stream().filter(n -> n % 2 == 1).map(String::valueOf).toList());
  }

  @Test
  void closingStopsDeliveryAndReturns() throws Exception {
    RecordingConsumer lambda = RecordingConsumer.accepting("lambda");
    start(Duration.ofMillis(20), lambda);

    dispatcher.close();
    commit(event("lambda", "after-close"));
    Thread.sleep(200);

    assertThat(lambda.received).isEmpty();
    assertThat(find(EventStatus.PENDING, "after-close")).isPresent();
  }
}
