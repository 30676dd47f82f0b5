package dev.sluice.core.jobs.run;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where this node's runner says that a run ended, so that those waiting for runs to end ({@code
 * awaitEnd}, Step Functions' {@code .sync}) read the catalog again at once instead of at their next
 * poll. Waiters take {@link #count()} before they read, then {@link #awaitAfter} it: an ending in
 * between is never missed.
 */
public final class RunEndings {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition ended = lock.newCondition();
  private long count;

  /** How many endings were told so far. */
  public long count() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }

  /** A run ended (any run: waiters read their own run again): wakes every waiter. */
  public void ended() {
    lock.lock();
    try {
      count++;
      ended.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until an ending after the {@code seen} count is told, or {@code max} passed. */
  public void awaitAfter(long seen, Duration max) throws InterruptedException {
    long nanos = max.toNanos();
    lock.lockInterruptibly();
    try {
      while (count == seen && nanos > 0) {
        nanos = ended.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }
}
