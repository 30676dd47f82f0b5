package dev.sluice.store.internal.events;

import static dev.sluice.store.internal.jdbc.SqlValues.placeholders;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.events.OutboxEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claiming due events: lock the oldest claimable rows, skipping rows another transaction holds,
 * then lease them and count the attempt, all in the caller's transaction.
 */
final class OutboxClaims {
  private OutboxClaims() {}

  static List<OutboxEvent> claim(
      Connection c, String owner, List<String> services, int max, Instant now, Instant until)
      throws SQLException {
    return lease(c, selectClaimable(c, services, max, now), owner, until);
  }

  private static List<OutboxEvent> selectClaimable(
      Connection c, List<String> services, int max, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + OutboxTable.COLUMNS
                + " from outbox_events where status = 'PENDING' and service in ("
                + placeholders(services.size())
                + ") and next_attempt_at <= ? and (lease_until is null or lease_until <= ?)"
                + " order by id limit ? for update skip locked")) {
      int i = 1;
      for (String service : services) {
        s.setString(i++, service);
      }
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
