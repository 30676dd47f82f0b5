package dev.sluice.core.events;

/** Told after a transaction committed events, so delivery starts without waiting for a poll. */
@FunctionalInterface
public interface EventSignal {
  void eventsCommitted();

  static EventSignal none() {
    return () -> {};
  }
}
