package dev.sluice.core.events;

import dev.sluice.core.events.internal.Backoff;
import dev.sluice.core.events.internal.Delivery;
import dev.sluice.core.events.internal.Wakeup;
import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the services that consume them, at least once. One loop on a virtual
 * thread claims due events of the services that have a consumer (leased, so several nodes share the
 * work and a crashed node's events come back when the lease ends), delivers a batch in parallel,
 * and retries failures with exponential backoff until they succeed or run out of attempts. Events
 * of services without a consumer stay pending. Between batches it sleeps until the next event is
 * due, a poll interval passes, or {@link #eventsCommitted()} wakes it.
 */
public final class EventDispatcher implements EventSignal, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final EventOutbox outbox;
  private final Clock clock;
  private final DispatcherSettings settings;
  private final Map<String, EventConsumer> consumers;
  private final Delivery delivery;
  private final Wakeup wakeup = new Wakeup();
  private volatile boolean closed;
  private Thread loop;

  public EventDispatcher(
      EventOutbox outbox, Clock clock, List<EventConsumer> consumers, DispatcherSettings settings) {
    this.outbox = outbox;
    this.clock = clock;
    this.settings = settings;
    this.consumers =
        consumers.stream().collect(Collectors.toUnmodifiableMap(EventConsumer::service, c -> c));
    Backoff backoff =
        new Backoff(
            settings.baseBackoff(),
            settings.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    this.delivery = new Delivery(outbox, clock, backoff, settings.maxAttempts());
  }

  /** Starts the delivery loop. */
  public synchronized EventDispatcher start() {
    if (loop != null) {
      throw new IllegalStateException("The dispatcher was already started");
    }
    loop = Thread.ofVirtual().name("sluice-event-dispatcher").start(this::run);
    return this;
  }

  /** Wakes the loop: events were committed and may be due now. */
  @Override
  public void eventsCommitted() {
    wakeup.ring();
  }

  private void run() {
    while (!closed) {
      int claimed = dispatchOnce();
      if (claimed < settings.batchSize() && !closed) {
        wakeup.await(wakeup.isRung() ? Duration.ZERO : untilNextDue(claimed < 0));
      }
    }
  }

  /** Claims and delivers one batch; returns how many events it claimed, -1 when it failed. */
  private int dispatchOnce() {
    if (consumers.isEmpty()) {
      return 0;
    }
    try {
      List<OutboxEvent> events =
          outbox.claimDue(
              settings.owner(),
              consumers.keySet(),
              settings.batchSize(),
              clock.now(),
              settings.lease());
      deliver(events);
      return events.size();
    } catch (RuntimeException e) {
      LOG.warn("Claiming outbox events failed; retrying after the poll interval", e);
      return -1;
    }
  }

  /** Delivers the batch, each event on its own virtual thread; returns when all are settled. */
  private void deliver(List<OutboxEvent> events) {
    if (events.size() == 1) {
      attempt(events.getFirst());
      return;
    }
    try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
      for (OutboxEvent event : events) {
        parallel.execute(() -> attempt(event));
      }
    }
  }

  private void attempt(OutboxEvent event) {
    delivery.attempt(event, consumers.get(event.service()));
  }

  private Duration untilNextDue(boolean failed) {
    Duration poll = settings.pollInterval();
    if (failed || consumers.isEmpty()) {
      return poll;
    }
    try {
      return outbox
          .nextDue(consumers.keySet())
          .map(due -> clamp(Duration.between(clock.now(), due), poll))
          .orElse(poll);
    } catch (RuntimeException e) {
      LOG.warn("Reading the next due outbox event failed", e);
      return poll;
    }
  }

  private static Duration clamp(Duration wait, Duration poll) {
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(poll) > 0 ? poll : wait;
  }

  /** Stops the loop after the batch in progress; events claimed later come back after the lease. */
  @Override
  public void close() {
    Thread thread;
    synchronized (this) {
      closed = true;
      thread = loop;
    }
    wakeup.ring();
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
