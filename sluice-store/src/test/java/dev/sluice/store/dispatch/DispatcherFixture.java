package dev.sluice.store.dispatch;

import static org.awaitility.Awaitility.await;

import dev.sluice.core.events.DispatcherSettings;
import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventDispatcher;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.objects.Bucket;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A dispatcher over the real H2 outbox, with a manual clock. */
abstract class DispatcherFixture extends StoreFixture {
  static final Duration LEASE = Duration.ofSeconds(30);
  static final Duration BASE_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  static final int MAX_ATTEMPTS = 4;

  EventDispatcher dispatcher;

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @BeforeEach
  void bucket() {
    store.objects().insertBucket(new Bucket("b", "111111111111", "us-east-1", clock.now()));
  }

  @AfterEach
  void stopDispatcher() {
    if (dispatcher != null) {
      dispatcher.close();
    }
  }

  static DispatcherSettings settings(Duration pollInterval) {
    return new DispatcherSettings(
        "test-node", 16, LEASE, pollInterval, BASE_BACKOFF, MAX_BACKOFF, MAX_ATTEMPTS);
  }

  EventDispatcher start(Duration pollInterval, EventConsumer... consumers) {
    dispatcher =
        new EventDispatcher(store.outbox(), clock, List.of(consumers), settings(pollInterval))
            .start();
    return dispatcher;
  }

  /** Commits events the way services do, with a change, and tells the dispatcher. */
  void commit(NewEvent... events) {
    store.objects().deleteObject("b", "k", List.of(events));
    if (dispatcher != null) {
      dispatcher.eventsCommitted();
    }
  }

  static NewEvent event(String service, String payload) {
    return new NewEvent(service, "arn:aws:" + service + ":us-east-1:0:t", "T", payload);
  }

  Optional<OutboxEvent> find(EventStatus status, String payload) {
    return store.outbox().list(status, 0, 10_000).stream()
        .filter(e -> e.payload().equals(payload))
        .findFirst();
  }

  OutboxEvent awaitStatus(EventStatus status, String payload) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(5))
        .until(() -> find(status, payload), Optional::isPresent)
        .get();
  }
}
