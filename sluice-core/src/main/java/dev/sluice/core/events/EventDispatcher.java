package dev.sluice.core.events;

import dev.sluice.core.events.internal.Backoff;
import dev.sluice.core.events.internal.Delivery;
import dev.sluice.core.events.internal.Wakeup;
import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to the services that consume them, at least once. One loop on a virtual
 * thread claims due events of the services that have a consumer (leased, so several nodes share the
 * work and a crashed node's events come back when the lease ends) and delivers each on a virtual
 * thread of its own without waiting for the others: a delivery that runs long (a function may run
 * for minutes) holds up nothing but itself, and its lease is extended while it runs, so it is not
 * claimed again meanwhile. At most {@code 4 x batchSize} deliveries run at once. Failures are
 * retried when the consumer says ({@link EventConsumer#afterFailure}): by default with exponential
 * backoff until they succeed or run out of attempts. Events of services without a consumer stay
 * pending. When there is nothing to claim the loop sleeps until the next event is due, a poll
 * interval passes, a delivery ends, or {@link #eventsCommitted()} wakes it.
 */
public final class EventDispatcher implements EventSignal, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  /** How long closing waits for deliveries in progress. */
  public static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

  private final EventOutbox outbox;
  private final Clock clock;
  private final DispatcherSettings settings;
  private final Map<String, EventConsumer> consumers;
  private final Delivery delivery;
  private final Wakeup wakeup = new Wakeup();
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
  private final int maxInFlight;
  private volatile boolean closed;
  private Thread loop;
  private Thread renewal;

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
    this.maxInFlight = settings.batchSize() * 4;
  }

  /**
   * Starts the delivery loop, after releasing the leases this owner held before a restart (what it
   * was delivering when it died runs again now, not when those leases would have ended).
   */
  public synchronized EventDispatcher start() {
    if (loop != null) {
      throw new IllegalStateException("The dispatcher was already started");
    }
    try {
      int released = outbox.releaseLeases(settings.owner());
      if (released > 0) {
        LOG.info("Delivering again {} events this node was delivering when it stopped", released);
      }
    } catch (RuntimeException e) {
      LOG.warn("Releasing this node's leases failed; they return when they end", e);
    }
    loop = Thread.ofVirtual().name("sluice-event-dispatcher").start(this::run);
    renewal = Thread.ofVirtual().name("sluice-event-lease-renewal").start(this::renewLeases);
    return this;
  }

  /** Wakes the loop: events were committed and may be due now. */
  @Override
  public void eventsCommitted() {
    wakeup.ring();
  }

  private void run() {
    while (!closed) {
      int room = Math.min(settings.batchSize(), maxInFlight - inFlight.size());
      int claimed = room > 0 ? dispatchOnce(room) : 0;
      if (claimed < room || room <= 0) {
        if (!closed) {
          wakeup.await(wakeup.isRung() ? Duration.ZERO : untilNextDue(claimed < 0));
        }
      }
    }
  }

  /** Claims up to {@code max} events and starts their deliveries; -1 when claiming failed. */
  private int dispatchOnce(int max) {
    if (consumers.isEmpty()) {
      return 0;
    }
    try {
      List<OutboxEvent> events =
          outbox.claimDue(settings.owner(), consumers.keySet(), max, clock.now(), settings.lease());
      events.forEach(this::startDelivery);
      return events.size();
    } catch (RuntimeException e) {
      LOG.warn("Claiming outbox events failed; retrying after the poll interval", e);
      return -1;
    }
  }

  private void startDelivery(OutboxEvent event) {
    inFlight.add(event.id());
    deliveries.execute(
        () -> {
          try {
            delivery.attempt(event, consumers.get(event.service()));
          } finally {
            inFlight.remove(event.id());
            wakeup.ring();
          }
        });
  }

  /** Every third of a lease (at most every second), extends the leases of running deliveries. */
  private void renewLeases() {
    long millis = Math.max(10, Math.min(1000, settings.lease().toMillis() / 3));
    while (!closed) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        return;
      }
      Set<Long> running = Set.copyOf(inFlight);
      if (running.isEmpty()) {
        continue;
      }
      try {
        outbox.extendLeases(settings.owner(), running, clock.now().plus(settings.lease()));
      } catch (RuntimeException e) {
        LOG.warn("Extending the leases of {} running deliveries failed", running.size(), e);
      }
    }
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

  /**
   * Stops claiming and waits up to {@link #CLOSE_WAIT} for running deliveries; those still running
   * then are left to finish or fail, and their events come back after their lease (at least once).
   */
  @Override
  public void close() {
    Thread thread;
    Thread renewing;
    synchronized (this) {
      closed = true;
      thread = loop;
      renewing = renewal;
    }
    wakeup.ring();
    try {
      if (thread != null) {
        thread.join();
      }
      if (renewing != null) {
        renewing.interrupt();
        renewing.join();
      }
      deliveries.shutdown();
      if (!deliveries.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "{} deliveries still running at shutdown; they return after their lease",
            inFlight.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
