package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code sfn_machines} table: state machines and their published versions, each version in a
 * row of its own whose {@code machine_arn} names its machine.
 */
final class MachineTable {
  private static final String COLUMNS =
      "arn, name, machine_type, definition, role_arn, description, created_at, revision_id,"
          + " logging_configuration, tracing_configuration, version, deleting";

  private MachineTable() {}

  static boolean insertIfAbsent(Connection c, MachineRecord machine) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into sfn_machines (machine_arn, "
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      s.setString(1, machineArn(machine));
      s.setString(2, machine.arn());
      bindValues(s, 3, machine);
      return s.executeUpdate() == 1;
    }
  }

  static Optional<MachineRecord> find(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from sfn_machines where arn = ?")) {
      s.setString(1, arn);
      return Rows.first(s, MachineTable::read);
    }
  }

  static boolean replace(Connection c, MachineRecord machine, String expectedRevisionId)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update sfn_machines set name = ?, machine_type = ?, definition = ?, role_arn = ?,"
                + " description = ?, created_at = ?, revision_id = ?, logging_configuration = ?,"
                + " tracing_configuration = ?, version = ?, deleting = ?"
                + " where arn = ? and revision_id = ?")) {
      bindValues(s, 1, machine);
      s.setString(12, machine.arn());
      s.setString(13, expectedRevisionId);
      return s.executeUpdate() == 1;
    }
  }

  /** Deletes the machine's row and its versions' rows. */
  static void deleteWithVersions(Connection c, String machineArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("delete from sfn_machines where machine_arn = ?")) {
      s.setString(1, machineArn);
      s.executeUpdate();
    }
  }

  static void deleteVersion(Connection c, String versionArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("delete from sfn_machines where arn = ? and version is not null")) {
      s.setString(1, versionArn);
      s.executeUpdate();
    }
  }

  static List<MachineRecord> machines(Connection c, String afterArn, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_machines where version is null and arn > ? order by arn limit ?")) {
      s.setString(1, afterArn == null ? "" : afterArn);
      s.setInt(2, limit);
      return Rows.list(s, MachineTable::read);
    }
  }

  static List<MachineRecord> versions(
      Connection c, String machineArn, Integer beforeVersion, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_machines where machine_arn = ? and version is not null"
                + " and version < ? order by version desc limit ?")) {
      s.setString(1, machineArn);
      s.setInt(2, beforeVersion == null ? Integer.MAX_VALUE : beforeVersion);
      s.setInt(3, limit);
      return Rows.list(s, MachineTable::read);
    }
  }

  /** The unqualified ARN: a version's ARN without its {@code :<version>} suffix. */
  static String machineArn(MachineRecord machine) {
    if (machine.version() == null) {
      return machine.arn();
    }
    String suffix = ":" + machine.version();
    if (!machine.arn().endsWith(suffix)) {
      throw new IllegalArgumentException(
          "A version's ARN ends in " + suffix + ": " + machine.arn());
    }
    return machine.arn().substring(0, machine.arn().length() - suffix.length());
  }

  private static void bindValues(PreparedStatement s, int first, MachineRecord m)
      throws SQLException {
    s.setString(first, m.name());
    s.setString(first + 1, m.type().name());
    s.setString(first + 2, m.definition());
    s.setString(first + 3, m.roleArn());
    s.setString(first + 4, m.description());
    setInstant(s, first + 5, m.created());
    s.setString(first + 6, m.revisionId());
    s.setString(first + 7, m.loggingConfiguration());
    s.setString(first + 8, m.tracingConfiguration());
    Columns.setInteger(s, first + 9, m.version());
    s.setBoolean(first + 10, m.deleting());
  }

  private static MachineRecord read(ResultSet row) throws SQLException {
    Integer version = Columns.integer(row, "version");
    return new MachineRecord(
        row.getString("arn"),
        row.getString("name"),
        MachineType.valueOf(row.getString("machine_type")),
        row.getString("definition"),
        row.getString("role_arn"),
        row.getString("description"),
        getInstant(row, "created_at"),
        row.getString("revision_id"),
        row.getString("logging_configuration"),
        row.getString("tracing_configuration"),
        version,
        row.getBoolean("deleting"));
  }
}
