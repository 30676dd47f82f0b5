package dev.sluice.core.events.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets one waiting thread sleep until a deadline or until someone rings. A ring that comes while
 * the thread is busy is remembered, so the next wait returns at once and nothing is missed.
 */
public final class Wakeup {
  private final AtomicBoolean rung = new AtomicBoolean();
  private volatile Thread waiter;

  public void ring() {
    rung.set(true);
    Thread thread = waiter;
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  /** Whether a ring came since the last wait. */
  public boolean isRung() {
    return rung.get();
  }

  /** Waits up to {@code timeout} unless rung since the last wait; clears the ring. */
  public void await(Duration timeout) {
    waiter = Thread.currentThread();
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    while (!rung.get()) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
        break;
      }
      LockSupport.parkNanos(this, remaining);
    }
    rung.set(false);
  }
}
