package dev.sluice.core.jobs;

import dev.sluice.core.events.NewEvent;
import java.util.List;
import java.util.Optional;

/**
 * Where job definitions and their runs are kept. Names are unique; a run's changes are
 * compare-and-set on its revision, committed with their outbox events in one transaction.
 */
public interface JobCatalog {

  /** Inserts the job; false (nothing written) when a job with its name exists. */
  boolean insert(JobDefinition job);

  Optional<JobDefinition> find(String name);

  /** Jobs in name order after {@code afterName} (null: from the first), at most {@code limit}. */
  List<JobDefinition> list(String afterName, int limit);

  /** Replaces the stored job of the same name; false when there is none. */
  boolean replace(JobDefinition job);

  /** Deletes the job and all its runs; false when there was none. */
  boolean delete(String name);

  /**
   * Inserts {@code run} (revision 0) with {@code events}, in one transaction that first locks the
   * job; false (nothing written) when the job is gone or already has {@code maxActive} runs that
   * have not ended.
   */
  boolean insertRun(JobRun run, int maxActive, List<NewEvent> events);

  Optional<JobRun> findRun(String jobName, String runId);

  /** The job's runs, newest first, skipping {@code offset}, at most {@code limit}. */
  List<JobRun> runs(String jobName, int offset, int limit);

  /**
   * Stores {@code run} with revision {@code run.revision() + 1} and {@code events}, only if the
   * stored revision is still {@code run.revision()}; false (nothing written) otherwise.
   */
  boolean updateRun(JobRun run, List<NewEvent> events);

  /** Runs of every job that have not ended, oldest first. */
  List<JobRun> activeRuns();
}
