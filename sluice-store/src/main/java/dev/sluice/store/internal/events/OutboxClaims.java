package dev.sluice.store.internal.events;

import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.events.OutboxEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Claiming due events: lock the earliest due claimable rows of each service, skipping rows another
 * transaction holds, then lease them and count the attempt, all in the caller's transaction. One
 * query per service, in the order of the {@code outbox_due} index (status, service,
 * next_attempt_at), so a claim reads about as many rows as it takes however many events wait: an
 * {@code order by id} over every pending row made each claim cost as much as the whole backlog. The
 * services take turns at coming first, so a busy one cannot starve the others.
 */
final class OutboxClaims {
  private static final AtomicInteger TURN = new AtomicInteger();

  private OutboxClaims() {}

  static List<OutboxEvent> claim(
      Connection c, String owner, List<String> services, int max, Instant now, Instant until)
      throws SQLException {
    List<OutboxEvent> claimed = new ArrayList<>();
    int first = Math.floorMod(TURN.getAndIncrement(), services.size());
    for (int k = 0; k < services.size() && claimed.size() < max; k++) {
      String service = services.get((first + k) % services.size());
      claimed.addAll(selectClaimable(c, service, max - claimed.size(), now));
    }
    claimed.sort(Comparator.comparingLong(OutboxEvent::id));
    return lease(c, claimed, owner, until);
  }

  private static List<OutboxEvent> selectClaimable(
      Connection c, String service, int max, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + OutboxTable.COLUMNS
                + " from outbox_events where status = 'PENDING' and service = ?"
                + " and next_attempt_at <= ? and (lease_until is null or lease_until <= ?)"
                + " order by next_attempt_at, id limit ? for update skip locked")) {
      int i = 1;
      s.setString(i++, service);
      setInstant(s, i++, now);
      setInstant(s, i++, now);
      s.setInt(i, max);
      try (ResultSet rows = s.executeQuery()) {
        List<OutboxEvent> events = new ArrayList<>();
        while (rows.next()) {
          events.add(OutboxTable.read(rows));
        }
        return events;
      }
    }
  }

  private static List<OutboxEvent> lease(
      Connection c, List<OutboxEvent> events, String owner, Instant until) throws SQLException {
    if (events.isEmpty()) {
      return events;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "update outbox_events set leased_by = ?, lease_until = ?, attempts = attempts + 1"
                + " where id = ?")) {
      for (OutboxEvent event : events) {
        s.setString(1, owner);
        setInstant(s, 2, until);
        s.setLong(3, event.id());
        s.addBatch();
      }
      s.executeBatch();
    }
    return events.stream().map(OutboxClaims::attempted).toList();
  }

  private static OutboxEvent attempted(OutboxEvent e) {
    return new OutboxEvent(
        e.id(),
        e.service(),
        e.target(),
        e.type(),
        e.payload(),
        e.createdAt(),
        e.status(),
        e.attempts() + 1,
        e.nextAttemptAt(),
        e.lastError());
  }
}
