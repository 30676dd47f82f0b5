package dev.sluice.store.internal.jobs;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.time.Clock;
import dev.sluice.store.internal.events.OutboxTable;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Glue jobs on a JDBC database: one row per job with its definition as JSON; its runs in their own
 * table, each with a revision every change checks and increments; the events of a run's start or
 * change in the outbox, in the same transaction. Starting a run locks the job's row first, so runs
 * of one job start one after the other and the count of its active runs is exact.
 */
public final class JdbcJobCatalog implements JobCatalog {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Transactions transactions;
  private final Clock clock;

  public JdbcJobCatalog(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public boolean insert(JobDefinition job) {
    try {
      return transactions.run("Creating job " + job.name(), c -> JobTable.insertIfAbsent(c, job));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<JobDefinition> find(String name) {
    return transactions.run("Reading job " + name, c -> JobTable.find(c, name));
  }

  @Override
  public List<JobDefinition> list(String afterName, int limit) {
    return transactions.run("Listing jobs", c -> JobTable.list(c, afterName, limit));
  }

  @Override
  public boolean replace(JobDefinition job) {
    return transactions.run("Updating job " + job.name(), c -> JobTable.replace(c, job));
  }

  @Override
  public boolean delete(String name) {
    return transactions.run("Deleting job " + name, c -> JobTable.delete(c, name));
  }

  @Override
  public boolean insertRun(JobRun run, int maxActive, List<NewEvent> events) {
    return transactions.run(
        "Starting run " + run.id() + " of job " + run.jobName(),
        c -> insertRun(c, run, maxActive, events));
  }

  private boolean insertRun(Connection c, JobRun run, int maxActive, List<NewEvent> events)
      throws SQLException {
    if (!JobTable.lock(c, run.jobName()) || RunTable.countActive(c, run.jobName()) >= maxActive) {
      return false;
    }
    RunTable.insert(c, run);
    OutboxTable.insert(c, events, clock.now());
    return true;
  }

  @Override
  public Optional<JobRun> findRun(String jobName, String runId) {
    return transactions.run("Reading job run " + runId, c -> RunTable.find(c, jobName, runId));
  }

  @Override
  public List<JobRun> runs(String jobName, int offset, int limit) {
    return transactions.run(
        "Listing the runs of job " + jobName, c -> RunTable.ofJob(c, jobName, offset, limit));
  }

  @Override
  public boolean updateRun(JobRun run, List<NewEvent> events) {
    return transactions.run(
        "Changing job run " + run.id(),
        c -> {
          if (!RunTable.replace(c, run)) {
            return false;
          }
          OutboxTable.insert(c, events, clock.now());
          return true;
        });
  }

  @Override
  public List<JobRun> activeRuns() {
    return transactions.run("Listing the active job runs", RunTable::active);
  }
}
