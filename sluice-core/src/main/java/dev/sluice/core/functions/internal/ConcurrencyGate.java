package dev.sluice.core.functions.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the invocations in flight per function on this node, against reserved concurrency. */
final class ConcurrencyGate {
  private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

  /** Takes a slot; false when {@code reserved} (null: unlimited) are all taken. */
  boolean enter(String function, Integer reserved) {
    var count = running.computeIfAbsent(function, f -> new AtomicInteger());
    if (count.incrementAndGet() > (reserved == null ? Integer.MAX_VALUE : reserved)) {
      count.decrementAndGet();
      return false;
    }
    return true;
  }

  void leave(String function) {
    running.get(function).decrementAndGet();
  }
}
