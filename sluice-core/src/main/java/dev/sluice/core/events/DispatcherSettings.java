package dev.sluice.core.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link EventDispatcher} claims and retries.
 *
 * @param owner this node's name, recorded on the events it leases
 * @param batchSize how many events one claim takes at most
 * @param lease how long a claimed event is reserved; after that another claim may take it again
 * @param pollInterval the longest the dispatcher sleeps without being told about new events
 * @param baseBackoff the delay after the first failed attempt; it doubles with each further one
 * @param maxBackoff the longest delay between attempts
 * @param maxAttempts after this many failed attempts the event is marked failed
 */
public record DispatcherSettings(
    String owner,
    int batchSize,
    Duration lease,
    Duration pollInterval,
    Duration baseBackoff,
    Duration maxBackoff,
    int maxAttempts) {

  public DispatcherSettings {
    Objects.requireNonNull(owner, "owner");
    requirePositive(lease, "lease");
    requirePositive(pollInterval, "pollInterval");
    requirePositive(baseBackoff, "baseBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be at least 1");
    }
  }

  /** A 30 s lease, 1 s poll, backoff from 1 s doubling up to 5 min, 25 attempts, batches of 64. */
  public static DispatcherSettings defaults(String owner) {
    return new DispatcherSettings(
        owner,
        64,
        Duration.ofSeconds(30),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        25);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
