package dev.sluice.store.internal.workflows;

import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The {@code sfn_frames} table: one row per scope of a running execution, replaced with a {@code
 * MERGE} (both databases have it; H2 lacks {@code ON CONFLICT DO UPDATE}). One execution's frames
 * are written by one step at a time, so merges of the same scope never race. Writes are left to the
 * transaction's {@link SharedBatches}.
 */
final class FrameTable {
  private FrameTable() {}

  static final String MERGE =
      "merge into sfn_frames f using (values (?, ?, ?, ?, ?, ?))"
          + " as n (execution_arn, scope, state, input, entered_event_id, data)"
          + " on f.execution_arn = n.execution_arn and f.scope = n.scope"
          + " when matched then update set state = n.state, input = n.input,"
          + " entered_event_id = n.entered_event_id, data = n.data"
          + " when not matched then insert"
          + " (execution_arn, scope, state, input, entered_event_id, data) values"
          + " (n.execution_arn, n.scope, n.state, n.input, n.entered_event_id, n.data)";
  static final String DELETE = "delete from sfn_frames where execution_arn = ? and scope = ?";

  static void put(SharedBatches batches, String executionArn, List<ExecutionFrame> frames) {
    for (ExecutionFrame frame : frames) {
      batches.add(
          MERGE,
          s -> {
            s.setString(1, executionArn);
            s.setString(2, frame.scope());
            s.setString(3, frame.state());
            s.setString(4, frame.input());
            s.setLong(5, frame.enteredEventId());
            s.setString(6, frame.data());
          });
    }
  }

  static void drop(SharedBatches batches, String executionArn, Collection<String> scopes) {
    for (String scope : scopes) {
      batches.add(
          DELETE,
          s -> {
            s.setString(1, executionArn);
            s.setString(2, scope);
          });
    }
  }

  static List<ExecutionFrame> of(Connection c, String executionArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select scope, state, input, entered_event_id, data from sfn_frames"
                + " where execution_arn = ? order by scope")) {
      s.setString(1, executionArn);
      return Rows.list(s, FrameTable::read);
    }
  }

  private static ExecutionFrame read(ResultSet row) throws SQLException {
    return new ExecutionFrame(
        row.getString("scope"),
        row.getString("state"),
        row.getString("input"),
        row.getLong("entered_event_id"),
        row.getString("data"));
  }
}
