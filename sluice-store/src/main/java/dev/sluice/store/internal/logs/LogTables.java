package dev.sluice.store.internal.logs;

import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StoredEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Rows of the log tables as the core's records; times are epoch milliseconds in the tables. */
final class LogTables {
  static final String GROUP_COLUMNS =
      "g.name, g.created_at, g.retention_days, (select coalesce(sum(s.stored_bytes), 0) from"
          + " log_streams s where s.group_name = g.name) as stored_bytes";
  static final String STREAM_COLUMNS =
      "group_name, name, created_at, first_event_at, last_event_at, last_ingestion_at,"
          + " stored_bytes";
  static final String EVENT_COLUMNS = "id, stream_name, event_at, message, ingested_at";

  private LogTables() {}

  static LogGroup group(ResultSet row) throws SQLException {
    Integer retention = row.getInt("retention_days");
    if (row.wasNull()) {
      retention = null;
    }
    return new LogGroup(
        row.getString("name"), instant(row, "created_at"), retention, row.getLong("stored_bytes"));
  }

  static LogStream stream(ResultSet row) throws SQLException {
    return new LogStream(
        row.getString("group_name"),
        row.getString("name"),
        instant(row, "created_at"),
        instant(row, "first_event_at"),
        instant(row, "last_event_at"),
        instant(row, "last_ingestion_at"),
        row.getLong("stored_bytes"));
  }

  static StoredEvent event(ResultSet row) throws SQLException {
    return new StoredEvent(
        row.getLong("id"),
        row.getString("stream_name"),
        instant(row, "event_at"),
        row.getString("message"),
        instant(row, "ingested_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
