package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.ActivityRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code sfn_activities} table. */
final class ActivityTable {
  private ActivityTable() {}

  static boolean insertIfAbsent(Connection c, ActivityRecord activity) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into sfn_activities (arn, name, created_at) values (?, ?, ?)"
                + " on conflict do nothing")) {
      s.setString(1, activity.arn());
      s.setString(2, activity.name());
      setInstant(s, 3, activity.created());
      return s.executeUpdate() == 1;
    }
  }

  static Optional<ActivityRecord> find(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select arn, name, created_at from sfn_activities where arn = ?")) {
      s.setString(1, arn);
      return Rows.first(s, ActivityTable::read);
    }
  }

  static void delete(Connection c, String arn) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from sfn_activities where arn = ?")) {
      s.setString(1, arn);
      s.executeUpdate();
    }
  }

  static List<ActivityRecord> list(Connection c, String afterArn, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select arn, name, created_at from sfn_activities where arn > ? order by arn"
                + " limit ?")) {
      s.setString(1, afterArn == null ? "" : afterArn);
      s.setInt(2, limit);
      return Rows.list(s, ActivityTable::read);
    }
  }

  private static ActivityRecord read(ResultSet row) throws SQLException {
    return new ActivityRecord(
        row.getString("arn"), row.getString("name"), getInstant(row, "created_at"));
  }
}
