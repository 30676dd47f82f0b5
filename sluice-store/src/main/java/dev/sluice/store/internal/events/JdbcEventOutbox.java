package dev.sluice.store.internal.events;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.placeholders;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.events.EventOutbox;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.store.internal.jdbc.GroupCommit;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox on a JDBC database: claims with {@code FOR UPDATE SKIP LOCKED} and leases; the
 * outcomes of deliveries made in parallel share commits.
 */
public final class JdbcEventOutbox implements EventOutbox {
  private final Transactions transactions;
  private final GroupCommit settlements;

  public JdbcEventOutbox(Transactions transactions) {
    this.transactions = transactions;
    this.settlements = new GroupCommit(transactions);
  }

  @Override
  public List<OutboxEvent> claimDue(
      String owner, Set<String> services, int max, Instant now, Duration lease) {
    if (services.isEmpty() || max <= 0) {
      return List.of();
    }
    List<String> serviceList = List.copyOf(services);
    return transactions.run(
        "Claiming events",
        c -> OutboxClaims.claim(c, owner, serviceList, max, now, now.plus(lease)));
  }

  @Override
  public void extendLeases(String owner, Collection<Long> ids, Instant until) {
    if (ids.isEmpty()) {
      return;
    }
    List<Long> idList = List.copyOf(ids);
    transactions.run(
        "Extending leases",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update outbox_events set lease_until = ? where leased_by = ?"
                      + " and status = 'PENDING' and id in ("
                      + placeholders(idList.size())
                      + ")")) {
            setInstant(s, 1, until);
            s.setString(2, owner);
            int i = 3;
            for (long id : idList) {
              s.setLong(i++, id);
            }
            return s.executeUpdate();
          }
        });
  }

  @Override
  public void append(List<NewEvent> events, Instant createdAt) {
    if (events.isEmpty()) {
      return;
    }
    transactions.run(
        "Queueing events",
        c -> {
          OutboxTable.insert(c, events, createdAt);
          return null;
        });
  }

  @Override
  public int releaseLeases(String owner) {
    return transactions.run(
        "Releasing leases",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update outbox_events set leased_by = null, lease_until = null"
                      + " where leased_by = ? and status = 'PENDING'")) {
            s.setString(1, owner);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public void markDelivered(long id) {
    finish(id, "DELIVERED", null);
  }

  @Override
  public void markFailed(long id, String lastError) {
    finish(id, "FAILED", lastError);
  }

  private void finish(long id, String status, String lastError) {
    settlements.run(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update outbox_events set status = ?, last_error = coalesce(?, last_error),"
                      + " leased_by = null, lease_until = null where id = ?")) {
            s.setString(1, status);
            s.setString(2, lastError);
            s.setLong(3, id);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public void reschedule(long id, Instant nextAttemptAt, String lastError) {
    settlements.run(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update outbox_events set next_attempt_at = ?, last_error = ?,"
                      + " leased_by = null, lease_until = null"
                      + " where id = ? and status = 'PENDING'")) {
            setInstant(s, 1, nextAttemptAt);
            s.setString(2, lastError);
            s.setLong(3, id);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public List<OutboxEvent> list(EventStatus status, long afterId, int limit) {
    return transactions.run(
        "Listing events",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + OutboxTable.COLUMNS
                      + " from outbox_events where status = ? and id > ? order by id limit ?")) {
            s.setString(1, status.name());
            s.setLong(2, afterId);
            s.setInt(3, limit);
            try (ResultSet rows = s.executeQuery()) {
              List<OutboxEvent> events = new ArrayList<>();
              while (rows.next()) {
                events.add(OutboxTable.read(rows));
              }
              return events;
            }
          }
        });
  }

  /**
   * The earliest time a pending event of these services may be claimed: its next attempt, or the
   * end of its lease when someone holds it longer.
   */
  @Override
  public Optional<Instant> nextDue(Set<String> services) {
    if (services.isEmpty()) {
      return Optional.empty();
    }
    List<String> serviceList = List.copyOf(services);
    return transactions.run(
        "Finding the next due event",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select min(case when lease_until > next_attempt_at then lease_until"
                      + " else next_attempt_at end) as due from outbox_events"
                      + " where status = 'PENDING' and service in ("
                      + placeholders(serviceList.size())
                      + ")")) {
            for (int i = 0; i < serviceList.size(); i++) {
              s.setString(i + 1, serviceList.get(i));
            }
            try (ResultSet rows = s.executeQuery()) {
              return rows.next() ? Optional.ofNullable(getInstant(rows, "due")) : Optional.empty();
            }
          }
        });
  }
}
