package dev.sluice.store.internal.jobs;

import static dev.sluice.store.internal.jdbc.SqlValues.setInstant;

import dev.sluice.core.jobs.JobRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code glue_job_runs}: a run's record as JSON, and beside it the columns queries need
 * (state, whether it is active, when it started) and its revision. The revision column is the
 * truth: the record read back carries it.
 */
final class RunTable {
  private static final String COLUMNS = "record, revision";
  private static final String ACTIVE = "active = true";

  private RunTable() {}

  /** Inserts the run at revision 0. */
  static void insert(Connection c, JobRun run) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into glue_job_runs (state, active, started_on, revision, record, job_name,"
                + " run_id) values (?, ?, ?, ?, ?, ?, ?)")) {
      bind(s, run, 0);
      s.executeUpdate();
    }
  }

  /** Replaces the run if its revision is still {@code run.revision()}; false when it moved on. */
  static boolean replace(Connection c, JobRun run) throws SQLException {
    try (var s =
        c.prepareStatement(
            "update glue_job_runs set state = ?, active = ?, started_on = ?, revision = ?,"
                + " record = ? where job_name = ? and run_id = ? and revision = ?")) {
      bind(s, run, run.revision() + 1);
      s.setLong(8, run.revision());
      return s.executeUpdate() == 1;
    }
  }

  /** How many of the job's runs have not ended. */
  static int countActive(Connection c, String jobName) throws SQLException {
    try (var s =
        c.prepareStatement("select count(*) from glue_job_runs where job_name = ? and " + ACTIVE)) {
      s.setString(1, jobName);
      try (var row = s.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  static Optional<JobRun> find(Connection c, String jobName, String runId) throws SQLException {
    try (var s =
        c.prepareStatement(
            "select " + COLUMNS + " from glue_job_runs where job_name = ? and run_id = ?")) {
      s.setString(1, jobName);
      s.setString(2, runId);
      return read(s).stream().findFirst();
    }
  }

  /** The job's runs, newest first. */
  static List<JobRun> ofJob(Connection c, String jobName, int offset, int limit)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from glue_job_runs where job_name = ?"
                + " order by started_on desc, run_id desc limit ? offset ?")) {
      s.setString(1, jobName);
      s.setInt(2, limit);
      s.setInt(3, offset);
      return read(s);
    }
  }

  /** The runs of every job that have not ended, oldest first. */
  static List<JobRun> active(Connection c) throws SQLException {
    try (var s =
        c.prepareStatement(
            "select "
                + COLUMNS
                + " from glue_job_runs where "
                + ACTIVE
                + " order by started_on, run_id")) {
      return read(s);
    }
  }

  private static void bind(PreparedStatement s, JobRun run, long revision) throws SQLException {
    s.setString(1, run.state().name());
    s.setBoolean(2, !run.state().terminal());
    setInstant(s, 3, run.startedOn());
    s.setLong(4, revision);
    s.setString(5, JobJson.run(run, revision));
    s.setString(6, run.jobName());
    s.setString(7, run.id());
  }

  private static List<JobRun> read(PreparedStatement s) throws SQLException {
    try (var rows = s.executeQuery()) {
      var runs = new ArrayList<JobRun>();
      while (rows.next()) {
        runs.add(JobJson.run(rows.getString(1), rows.getLong(2)));
      }
      return runs;
    }
  }
}
