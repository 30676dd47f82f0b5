package dev.sluice.store.internal.workflows;

import static dev.sluice.store.internal.jdbc.SqlValues.getInstant;
import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.store.internal.jdbc.SharedBatches;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code sfn_executions} table: one row per standard execution, unique by ARN. */
final class ExecutionTable {
  private static final String COLUMNS =
      "arn, machine_arn, name, machine_type, status, definition, role_arn, input, output, error,"
          + " cause, started_at, stopped_at, version_arn, alias_arn, redrive_count, redrive_at,"
          + " trace_header";

  private ExecutionTable() {}

  /** Inserts the execution unless its ARN exists (committed or being inserted). */
  static boolean insertIfAbsent(Connection c, ExecutionRecord e) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into sfn_executions ("
                + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing")) {
      s.setString(1, e.arn());
      s.setString(2, e.machineArn());
      s.setString(3, e.name());
      s.setString(4, e.type().name());
      s.setString(5, e.status().name());
      s.setString(6, e.definition());
      s.setString(7, e.roleArn());
      s.setString(8, e.input());
      s.setString(9, e.output());
      s.setString(10, e.error());
      s.setString(11, e.cause());
      setInstant(s, 12, e.started());
      setInstant(s, 13, e.stopped());
      s.setString(14, e.versionArn());
      s.setString(15, e.aliasArn());
      s.setInt(16, e.redriveCount());
      setInstant(s, 17, e.redriveDate());
      s.setString(18, e.traceHeader());
      return s.executeUpdate() == 1;
    }
  }

  static final String UPDATE =
      "update sfn_executions set status = ?, output = ?, error = ?, cause = ?, stopped_at = ?,"
          + " redrive_count = ?, redrive_at = ? where arn = ?";

  /** Writes what changes while an execution runs: status, results, stop and redrive. */
  static void update(SharedBatches batches, ExecutionRecord e) {
    batches.add(
        UPDATE,
        s -> {
          s.setString(1, e.status().name());
          s.setString(2, e.output());
          s.setString(3, e.error());
          s.setString(4, e.cause());
          setInstant(s, 5, e.stopped());
          s.setInt(6, e.redriveCount());
          setInstant(s, 7, e.redriveDate());
          s.setString(8, e.arn());
        });
  }

  static Optional<ExecutionRecord> find(Connection c, String arn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from sfn_executions where arn = ?")) {
      s.setString(1, arn);
      return Rows.first(s, ExecutionTable::read);
    }
  }

  static List<ExecutionRecord> list(
      Connection c, String source, ExecutionStatus status, int offset, int limit)
      throws SQLException {
    String statusCondition = status == null ? "" : " and status = ?";
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from sfn_executions where "
                + ExecutionSource.of(source).column()
                + " = ?"
                + statusCondition
                + " order by started_at desc, arn desc limit ? offset ?")) {
      int i = 1;
      s.setString(i++, source);
      if (status != null) {
        s.setString(i++, status.name());
      }
      s.setInt(i++, limit);
      s.setInt(i, offset);
      return Rows.list(s, ExecutionTable::read);
    }
  }

  static int countRunning(Connection c, String machineArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select count(*) from sfn_executions where machine_arn = ? and status = 'RUNNING'")) {
      s.setString(1, machineArn);
      return Rows.first(s, row -> row.getInt(1)).orElse(0);
    }
  }

  static List<String> running(Connection c, String afterArn, int limit) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select arn from sfn_executions where status = 'RUNNING' and arn > ?"
                + " order by arn limit ?")) {
      s.setString(1, afterArn == null ? "" : afterArn);
      s.setInt(2, limit);
      return Rows.list(s, row -> row.getString(1));
    }
  }

  private static ExecutionRecord read(ResultSet row) throws SQLException {
    return new ExecutionRecord(
        row.getString("arn"),
        row.getString("machine_arn"),
        row.getString("name"),
        MachineType.valueOf(row.getString("machine_type")),
        ExecutionStatus.valueOf(row.getString("status")),
        row.getString("definition"),
        row.getString("role_arn"),
        row.getString("input"),
        row.getString("output"),
        row.getString("error"),
        row.getString("cause"),
        getInstant(row, "started_at"),
        getInstant(row, "stopped_at"),
        row.getString("version_arn"),
        row.getString("alias_arn"),
        row.getInt("redrive_count"),
        getInstant(row, "redrive_at"),
        row.getString("trace_header"));
  }
}
