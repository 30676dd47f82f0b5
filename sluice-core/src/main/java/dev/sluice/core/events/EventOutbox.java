package dev.sluice.core.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The outbox's delivery side. Events are written by the stores of the services that cause them, in
 * the same transaction as the change; this port claims, acknowledges and lists them.
 */
public interface EventOutbox {

  /**
   * Claims up to {@code max} pending events of the given services that are due at {@code now} and
   * not leased by anyone else; each claimed event is leased to {@code owner} until {@code now +
   * lease} and its attempt count is incremented. Oldest first. Safe across nodes (SKIP LOCKED).
   */
  List<OutboxEvent> claimDue(
      String owner, Set<String> services, int max, Instant now, Duration lease);

  /**
   * Extends the leases {@code owner} holds on the given pending events until {@code until}, so that
   * deliveries that run long (a function invocation may take minutes) are not claimed again while
   * they run. Events leased by someone else or no longer pending are left alone.
   */
  void extendLeases(String owner, Collection<Long> ids, Instant until);

  /**
   * Makes the pending events leased to {@code owner} claimable at once: called when a node starts
   * again under the same name, since nothing it leased before can still be running. Returns how
   * many there were.
   */
  int releaseLeases(String owner);

  /**
   * Commits new events on their own, created at {@code createdAt} and due at once: for consumers
   * whose delivery causes further events (a topic's delivery to a function or a queue, a
   * dead-letter copy).
   */
  void append(java.util.List<NewEvent> events, Instant createdAt);

  /** The consumer accepted the event. */
  void markDelivered(long id);

  /** The attempt failed: try again at {@code nextAttemptAt}, remembering why. */
  void reschedule(long id, Instant nextAttemptAt, String lastError);

  /** Stop trying: the event stays listed as {@link EventStatus#FAILED}. */
  void markFailed(long id, String lastError);

  /** Events in the given status, oldest first, after {@code afterId}, at most {@code limit}. */
  List<OutboxEvent> list(EventStatus status, long afterId, int limit);

  /** The earliest {@code nextAttemptAt} among pending events of these services, if any. */
  java.util.Optional<Instant> nextDue(Set<String> services);
}
