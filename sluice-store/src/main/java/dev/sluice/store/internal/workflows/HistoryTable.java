package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code sfn_history} table: an execution's events by id, details as JSON text. */
final class HistoryTable {
  private static final String COLUMNS =
      "id, previous_id, event_at, event_type, details_key, details";

  private HistoryTable() {}

  static final String INSERT =
      "insert into sfn_history (execution_arn, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)";

  static void append(SharedBatches batches, String executionArn, List<HistoryEvent> events) {
    for (HistoryEvent event : events) {
      String details = WorkflowJson.details(event.details());
      batches.add(
          INSERT,
          s -> {
            s.setString(1, executionArn);
            s.setLong(2, event.id());
            s.setLong(3, event.previousEventId());
            setInstant(s, 4, event.timestamp());
            s.setString(5, event.type());
            s.setString(6, event.detailsKey());
            s.setString(7, details);
          });
    }
  }

  static List<HistoryEvent> after(Connection c, String executionArn, long afterId, int limit)
      throws SQLException {
    return read(c, executionArn, "id > ? order by id", afterId, limit);
  }

  static List<HistoryEvent> before(Connection c, String executionArn, long beforeId, int limit)
      throws SQLException {
    return read(c, executionArn, "id < ? order by id desc", beforeId, limit);
  }

  private static List<HistoryEvent> read(
      Connection c, String executionArn, String range, long bound, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_history where execution_arn = ? and "
                + range
                + " limit ?")) {
      s.setString(1, executionArn);
      s.setLong(2, bound);
      s.setInt(3, limit);
      return Rows.list(s, HistoryTable::read);
    }
  }

  static long lastId(Connection c, String executionArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select coalesce(max(id), 0) from sfn_history where execution_arn = ?")) {
      s.setString(1, executionArn);
      return Rows.first(s, row -> row.getLong(1)).orElse(0L);
    }
  }

  private static HistoryEvent read(ResultSet row) throws SQLException {
    return new HistoryEvent(
        row.getLong("id"),
        row.getLong("previous_id"),
        getInstant(row, "event_at"),
        row.getString("event_type"),
        row.getString("details_key"),
        WorkflowJson.details(row.getString("details")));
  }
}
