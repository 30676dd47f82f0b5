package dev.sluice.store.internal.jobs;

import dev.sluice.core.jobs.JobDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of {@code glue_jobs}: a job's name and its whole definition as JSON. */
final class JobTable {

  private JobTable() {}

  /** Inserts the job unless its name exists (committed or being inserted); true if inserted. */
  static boolean insertIfAbsent(Connection c, JobDefinition job) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into glue_jobs (name, definition) values (?, ?) on conflict do nothing")) {
      s.setString(1, job.name());
      s.setString(2, JobJson.job(job));
      return s.executeUpdate() == 1;
    }
  }

  static Optional<JobDefinition> find(Connection c, String name) throws SQLException {
    try (var s = c.prepareStatement("select definition from glue_jobs where name = ?")) {
      s.setString(1, name);
      var jobs = read(s);
      return jobs.isEmpty() ? Optional.empty() : Optional.of(jobs.get(0));
    }
  }

  /** Jobs in name order after {@code afterName} (from the first when null). */
  static List<JobDefinition> list(Connection c, String afterName, int limit) throws SQLException {
    String after = afterName == null ? "" : " where name > ?";
    try (var s =
        c.prepareStatement("select definition from glue_jobs" + after + " order by name limit ?")) {
      int i = 1;
      if (afterName != null) {
        s.setString(i++, afterName);
      }
      s.setInt(i, limit);
      return read(s);
    }
  }

  static boolean replace(Connection c, JobDefinition job) throws SQLException {
    try (var s = c.prepareStatement("update glue_jobs set definition = ? where name = ?")) {
      s.setString(1, JobJson.job(job));
      s.setString(2, job.name());
      return s.executeUpdate() == 1;
    }
  }

  /** Deletes the job; its runs go with it (the foreign key cascades). */
  static boolean delete(Connection c, String name) throws SQLException {
    try (var s = c.prepareStatement("delete from glue_jobs where name = ?")) {
      s.setString(1, name);
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Locks the job's row until the transaction ends; false when there is no such job. A locking
   * select on both databases: H2 parses it again on every call (see {@code
   * Dialect.locksRowsBySelect}), which a run start, rare next to the job it launches, can afford.
   */
  static boolean lock(Connection c, String name) throws SQLException {
    try (var s = c.prepareStatement("select name from glue_jobs where name = ? for update")) {
      s.setString(1, name);
      try (var row = s.executeQuery()) {
        return row.next();
      }
    }
  }

  private static List<JobDefinition> read(PreparedStatement s) throws SQLException {
    try (var rows = s.executeQuery()) {
      var jobs = new ArrayList<JobDefinition>();
      while (rows.next()) {
        jobs.add(JobJson.job(rows.getString(1)));
      }
      return jobs;
    }
  }
}
