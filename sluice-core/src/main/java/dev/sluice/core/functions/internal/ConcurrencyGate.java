package dev.sluice.core.functions.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Counts the invocations in flight per function on this node, against reserved concurrency. */
final class ConcurrencyGate {
  private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition left = lock.newCondition();

  /** Takes a slot; false when {@code reserved} (null: unlimited) are all taken. */
  boolean enter(String function, Integer reserved) {
    var count = running.computeIfAbsent(function, f -> new AtomicInteger());
    if (count.incrementAndGet() > (reserved == null ? Integer.MAX_VALUE : reserved)) {
      count.decrementAndGet();
      return false;
    }
    return true;
  }

  /**
   * Takes a slot, waiting up to {@code patience} for one to be left; false when none came free (at
   * once when {@code reserved} is 0, which no waiting changes).
   */
  boolean await(String function, Integer reserved, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    lock.lock();
    try {
      while (!enter(function, reserved)) {
        long remaining = deadline - System.nanoTime();
        if (Integer.valueOf(0).equals(reserved) || remaining <= 0) {
          return false;
        }
        left.await(remaining, TimeUnit.NANOSECONDS);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  void leave(String function) {
    running.get(function).decrementAndGet();
    lock.lock();
    try {
      left.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
