package dev.sluice.store.internal.logs;

import dev.sluice.core.logs.LogEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The writes of the log tables, each inside the caller's transaction. */
final class LogAppends {
  private LogAppends() {}

  /** Inserts the group unless it exists; the number of rows inserted. */
  static int createGroup(Connection connection, String group, Instant createdAt)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into log_groups (name, created_at) values (?, ?) on conflict do nothing")) {
      s.setString(1, group);
      s.setLong(2, createdAt.toEpochMilli());
      return s.executeUpdate();
    }
  }

  /** Inserts the stream of an existing group unless it exists; the number of rows inserted. */
  static int createStream(Connection connection, String group, String stream, Instant createdAt)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into log_streams (group_name, name, created_at) values (?, ?, ?)"
                + " on conflict do nothing")) {
      s.setString(1, group);
      s.setString(2, stream);
      s.setLong(3, createdAt.toEpochMilli());
      return s.executeUpdate();
    }
  }

  /** Creates group and stream when missing, inserts the events and counts them in the stream. */
  static void append(
      Connection connection, String group, String stream, List<LogEvent> events, Instant at)
      throws SQLException {
    createGroup(connection, group, at);
    createStream(connection, group, stream, at);
    long bytes = 0;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into log_events (group_name, stream_name, event_at, ingested_at, message)"
                + " values (?, ?, ?, ?, ?)")) {
      for (var event : events) {
        long time = event.timestamp().toEpochMilli();
        s.setString(1, group);
        s.setString(2, stream);
        s.setLong(3, time);
        s.setLong(4, at.toEpochMilli());
        s.setString(5, event.message());
        s.addBatch();
        bytes += event.message().getBytes(StandardCharsets.UTF_8).length;
        first = Math.min(first, time);
        last = Math.max(last, time);
      }
      s.executeBatch();
    }
    count(connection, group, stream, first, last, at, bytes);
  }

  private static void count(
      Connection connection,
      String group,
      String stream,
      long first,
      long last,
      Instant at,
      long bytes)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "update log_streams set first_event_at = least(coalesce(first_event_at, ?), ?),"
                + " last_event_at = greatest(coalesce(last_event_at, ?), ?),"
                + " last_ingestion_at = ?, stored_bytes = stored_bytes + ?"
                + " where group_name = ? and name = ?")) {
      s.setLong(1, first);
      s.setLong(2, first);
      s.setLong(3, last);
      s.setLong(4, last);
      s.setLong(5, at.toEpochMilli());
      s.setLong(6, bytes);
      s.setString(7, group);
      s.setString(8, stream);
      s.executeUpdate();
    }
  }
}
