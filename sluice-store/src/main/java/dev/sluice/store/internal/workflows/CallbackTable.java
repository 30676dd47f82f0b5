package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sfn_callbacks} table: tasks waiting for an answer, by token. Activity tasks are handed
 * out in the order they were created ({@code seq}), each to one worker, which it keeps.
 */
final class CallbackTable {
  private static final String COLUMNS =
      "token, execution_arn, scope, activity_arn, input, created_at, worker, outcome";

  private CallbackTable() {}

  static final String INSERT =
      "insert into sfn_callbacks (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)";

  static void insert(SharedBatches batches, List<TaskCallback> callbacks) {
    for (TaskCallback callback : callbacks) {
      batches.add(
          INSERT,
          s -> {
            s.setString(1, callback.token());
            s.setString(2, callback.executionArn());
            s.setString(3, callback.scope());
            s.setString(4, callback.activityArn());
            s.setString(5, callback.input());
            setInstant(s, 6, callback.created());
            s.setString(7, callback.worker());
            s.setString(8, callback.outcome());
          });
    }
  }

  static Optional<TaskCallback> find(Connection c, String token) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from sfn_callbacks where token = ?")) {
      s.setString(1, token);
      return Rows.first(s, CallbackTable::read);
    }
  }

  static boolean answer(Connection c, String token, String outcome) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update sfn_callbacks set outcome = ? where token = ? and outcome is null")) {
      s.setString(1, outcome);
      s.setString(2, token);
      return s.executeUpdate() == 1;
    }
  }

  static List<TaskCallback> open(Connection c, String executionArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_callbacks where execution_arn = ? and outcome is null order by seq")) {
      s.setString(1, executionArn);
      return Rows.list(s, CallbackTable::read);
    }
  }

  static void drop(Connection c, Collection<String> tokens) throws SQLException {
    if (tokens.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("delete from sfn_callbacks where token = ?")) {
      for (String token : tokens) {
        s.setString(1, token);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Locks the oldest untaken task of the activity, skipping those others hold, and takes it. */
  static Optional<TaskCallback> take(Connection c, String activityArn, String worker)
      throws SQLException {
    Optional<TaskCallback> oldest;
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_callbacks where activity_arn = ? and worker is null"
                + " and outcome is null order by seq limit 1 for update skip locked")) {
      s.setString(1, activityArn);
      oldest = Rows.first(s, CallbackTable::read);
    }
    if (oldest.isEmpty()) {
      return oldest;
    }
    try (PreparedStatement s =
        c.prepareStatement("update sfn_callbacks set worker = ? where token = ?")) {
      s.setString(1, worker);
      s.setString(2, oldest.get().token());
      s.executeUpdate();
    }
    return oldest.map(task -> taken(task, worker));
  }

  private static TaskCallback taken(TaskCallback t, String worker) {
    return new TaskCallback(
        t.token(),
        t.executionArn(),
        t.scope(),
        t.activityArn(),
        t.input(),
        t.created(),
        worker,
        t.outcome());
  }

  private static TaskCallback read(ResultSet row) throws SQLException {
    return new TaskCallback(
        row.getString("token"),
        row.getString("execution_arn"),
        row.getString("scope"),
        row.getString("activity_arn"),
        row.getString("input"),
        getInstant(row, "created_at"),
        row.getString("worker"),
        row.getString("outcome"));
  }
}
