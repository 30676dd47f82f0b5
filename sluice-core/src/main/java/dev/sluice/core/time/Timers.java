package dev.sluice.core.time;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Timers on the {@link VirtualClock}: each completes its future once the clock reads its due time,
 * whether real time passed or the clock was advanced. One daemon thread serves them all, so ten
 * thousand waiting executions cost ten thousand small queue entries. Durability is the caller's:
 * due times are stored with the work that waits, and timers are made again after a restart.
 */
public final class Timers implements AutoCloseable {
  private final VirtualClock clock;
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final AtomicLong sequence = new AtomicLong();
  private final Thread thread;
  private volatile boolean closed;

  public Timers(VirtualClock clock) {
    this.clock = clock;
    clock.onAdvance(this::signal);
    this.thread = Thread.ofPlatform().name("sluice-timers").daemon().start(this::serve);
  }

  /** A future completed when the clock reads {@code due}; cancelling it removes the timer. */
  public CompletableFuture<Void> at(Instant due) {
    var entry = new Entry(due, sequence.incrementAndGet(), new CompletableFuture<>());
    if (!due.isAfter(clock.now())) {
      entry.future.complete(null);
      return entry.future;
    }
    lock.lock();
    try {
      queue.add(entry);
      changed.signal();
    } finally {
      lock.unlock();
    }
    entry.future.whenComplete((ignored, failure) -> forget(entry));
    return entry.future;
  }

  /** Blocks the calling (virtual) thread until the clock reads {@code due}. */
  public void sleepUntil(Instant due) throws InterruptedException {
    var timer = at(due);
    try {
      timer.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("timers never fail", e);
    } catch (InterruptedException e) {
      timer.cancel(false);
      throw e;
    }
  }

  /** How many timers wait. */
  public int pending() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  private void forget(Entry entry) {
    lock.lock();
    try {
      queue.remove(entry);
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  private void serve() {
    while (!closed) {
      lock.lock();
      try {
        var head = queue.peek();
        if (head == null) {
          changed.await();
          continue;
        }
        var wait = clock.realDelayUntil(head.due);
        if (!wait.isZero()) {
          changed.awaitNanos(wait.toNanos());
          continue;
        }
        queue.poll();
        head.future.completeAsync(() -> null, Thread::startVirtualThread);
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }

  private record Entry(Instant due, long order, CompletableFuture<Void> future)
      implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }
  }
}
