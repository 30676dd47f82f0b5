package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.AliasRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code sfn_aliases} table; routing is a JSON array of version ARNs and weights. */
final class AliasTable {
  private static final String COLUMNS =
      "arn, name, machine_arn, description, routing, created_at, updated_at";

  private AliasTable() {}

  static boolean insertIfAbsent(Connection c, AliasRecord alias) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into sfn_aliases ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      s.setString(1, alias.arn());
      bindValues(s, 2, alias);
      return s.executeUpdate() == 1;
    }
  }

  static boolean replace(Connection c, AliasRecord alias) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update sfn_aliases set name = ?, machine_arn = ?, description = ?, routing = ?,"
                + " created_at = ?, updated_at = ? where arn = ?")) {
      bindValues(s, 1, alias);
      s.setString(7, alias.arn());
      return s.executeUpdate() == 1;
    }
  }

  static boolean delete(Connection c, String arn) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from sfn_aliases where arn = ?")) {
      s.setString(1, arn);
      return s.executeUpdate() == 1;
    }
  }

  static void deleteOfMachine(Connection c, String machineArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("delete from sfn_aliases where machine_arn = ?")) {
      s.setString(1, machineArn);
      s.executeUpdate();
    }
  }

  static Optional<AliasRecord> find(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from sfn_aliases where arn = ?")) {
      s.setString(1, arn);
      return Rows.first(s, AliasTable::read);
    }
  }

  static List<AliasRecord> ofMachine(Connection c, String machineArn, String afterArn, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_aliases where machine_arn = ? and arn > ? order by arn limit ?")) {
      s.setString(1, machineArn);
      s.setString(2, afterArn == null ? "" : afterArn);
      s.setInt(3, limit);
      return Rows.list(s, AliasTable::read);
    }
  }

  private static void bindValues(PreparedStatement s, int first, AliasRecord a)
      throws SQLException {
    s.setString(first, a.name());
    s.setString(first + 1, a.machineArn());
    s.setString(first + 2, a.description());
    s.setString(first + 3, WorkflowJson.routing(a.routing()));
    setInstant(s, first + 4, a.created());
    setInstant(s, first + 5, a.updated());
  }

  private static AliasRecord read(ResultSet row) throws SQLException {
    return new AliasRecord(
        row.getString("arn"),
        row.getString("name"),
        row.getString("machine_arn"),
        row.getString("description"),
        WorkflowJson.routing(row.getString("routing")),
        getInstant(row, "created_at"),
        getInstant(row, "updated_at"));
  }
}
