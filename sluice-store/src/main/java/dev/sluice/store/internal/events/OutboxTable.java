package dev.sluice.store.internal.events;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The {@code outbox_events} table. Stores insert into it inside their own transactions. */
public final class OutboxTable {
  static final String COLUMNS =
      "id, service, target, event_type, payload, created_at, status, attempts, next_attempt_at,"
          + " last_error";

  private static final String INSERT =
      "insert into outbox_events (service, target, event_type, payload, created_at, status,"
          + " attempts, next_attempt_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?)";

  private OutboxTable() {}

  /** Adds the events as pending and due at {@code now}, in the caller's transaction. */
  public static void insert(Connection c, List<NewEvent> events, Instant now) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (NewEvent event : events) {
        bind(s, event, now);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Adds each event as pending, created at {@code now} and first due at its own time (an entry's
   * value), in the caller's transaction.
   */
  public static void insertDue(Connection c, List<Map.Entry<NewEvent, Instant>> events, Instant now)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (Map.Entry<NewEvent, Instant> event : events) {
        bind(s, event.getKey(), now, event.getValue());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /**
   * Adds the events as pending and due at {@code now} to the shared batches of a group commit, so
   * that the events of every write sharing the transaction go to the database in one batch.
   */
  public static void insert(SharedBatches batches, List<NewEvent> events, Instant now) {
    for (NewEvent event : events) {
      batches.add(INSERT, s -> bind(s, event, now));
    }
  }

  private static void bind(PreparedStatement s, NewEvent event, Instant now) throws SQLException {
    bind(s, event, now, now);
  }

  private static void bind(PreparedStatement s, NewEvent event, Instant createdAt, Instant due)
      throws SQLException {
    s.setString(1, event.service());
    s.setString(2, event.target());
    s.setString(3, event.type());
    s.setString(4, event.payload());
    setInstant(s, 5, createdAt);
    setInstant(s, 6, due);
  }

  static OutboxEvent read(ResultSet row) throws SQLException {
    return new OutboxEvent(
        row.getLong("id"),
        row.getString("service"),
        row.getString("target"),
        row.getString("event_type"),
        row.getString("payload"),
        getInstant(row, "created_at"),
        EventStatus.valueOf(row.getString("status")),
        row.getInt("attempts"),
        getInstant(row, "next_attempt_at"),
        row.getString("last_error"));
  }
}
