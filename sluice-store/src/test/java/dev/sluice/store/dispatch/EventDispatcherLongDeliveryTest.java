package dev.sluice.store.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.core.events.DispatcherSettings;
import dev.sluice.core.events.EventDispatcher;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.store.SluiceStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Deliveries that run long (a function invocation): they hold up no other event and are not claimed
 * again while they run, even past their lease. Real time: the lease has to run out.
 */
class EventDispatcherLongDeliveryTest extends DispatcherFixture {
  private static final Duration SHORT_LEASE = Duration.ofMillis(300);

  private EventDispatcher startWithShortLease(
      SluiceStore realTimeStore, RecordingConsumer... consumers) {
    dispatcher =
        new EventDispatcher(
                realTimeStore.outbox(),
                Clock.system(),
                List.of(consumers),
                new DispatcherSettings(
                    "test-node",
                    16,
                    SHORT_LEASE,
                    Duration.ofMillis(50),
                    BASE_BACKOFF,
                    MAX_BACKOFF,
                    MAX_ATTEMPTS))
            .start();
    return dispatcher;
  }

  @Test
  void aDeliveryStillRunningDoesNotHoldUpEventsCommittedAfterIt() throws Exception {
    var release = new CountDownLatch(1);
    var slow =
        new RecordingConsumer(
            "slow",
            e -> {
              awaitUninterrupted(release);
              return Result.ok(null);
            });
    var fast = RecordingConsumer.accepting("fast");
    start(Duration.ofSeconds(30), slow, fast);

    commit(event("slow", "s1"));
    assertThat(slow.received.poll(10, TimeUnit.SECONDS)).isNotNull();
    commit(event("fast", "f1"));

    awaitStatus(EventStatus.DELIVERED, "f1");
    assertThat(find(EventStatus.PENDING, "s1")).isPresent();
    release.countDown();
    awaitStatus(EventStatus.DELIVERED, "s1");
  }

  @Test
  void aDeliveryRunningLongerThanItsLeaseIsNotClaimedAgainWhileItRuns() throws Exception {
    var slow =
        new RecordingConsumer(
            "slow",
            e -> {
              sleep(SHORT_LEASE.multipliedBy(5));
              return Result.ok(null);
            });
    try (var realTime = SluiceStore.open(storeSettings, Clock.system())) {
      startWithShortLease(realTime, slow);
      realTime.objects().deleteObject("b", "k", List.of(event("slow", "long-running")));
      dispatcher.eventsCommitted();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  realTime.outbox().list(EventStatus.DELIVERED, 0, 100).stream()
                      .anyMatch(e -> e.payload().equals("long-running")));
      Thread.sleep(SHORT_LEASE.toMillis() * 2);
      assertThat(slow.payloads()).containsExactly("long-running");
      dispatcher.close();
      dispatcher = null;
    }
  }

  private static void awaitUninterrupted(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
