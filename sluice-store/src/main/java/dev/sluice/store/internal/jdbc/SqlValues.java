package dev.sluice.store.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in {@code timestamp with time zone} columns. Both databases keep microseconds; instants
 * are truncated to them here so that neither rounds a time into the future.
 */
public final class SqlValues {
  private SqlValues() {}

  public static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(
        index,
        instant == null
            ? null
            : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
  }

  public static Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code ?, ?, ?} for an IN list of {@code count} values. */
  public static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
