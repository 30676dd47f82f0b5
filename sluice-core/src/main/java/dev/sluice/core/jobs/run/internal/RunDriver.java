package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.internal.JobMessages;
import dev.sluice.core.jobs.run.internal.RunCommits.Move;
import dev.sluice.core.result.Result;
import java.util.Optional;

/**
 * One delivery of a run's event, by the run's state: STARTING (or WAITING) starts it ({@link
 * RunLaunches}); STOPPING before it started ends it STOPPED; RUNNING here means its process was
 * lost (the runner delivering it is not running it), so it ends as ERROR; an ended run only gets
 * its retry, if that is due and missing. A run or job that is gone is acknowledged without more.
 */
public final class RunDriver {
  private final JobCatalog catalog;
  private final RunLaunches launches;
  private final RunEnds ends;
  private final Retries retries;

  public RunDriver(JobCatalog catalog, RunLaunches launches, RunEnds ends, Retries retries) {
    this.catalog = catalog;
    this.launches = launches;
    this.ends = ends;
    this.retries = retries;
  }

  public Result<Void> drive(String jobName, String runId) {
    var run = catalog.findRun(jobName, runId).orElse(null);
    var job = catalog.find(jobName).orElse(null);
    if (run == null || job == null) {
      return Result.ok(null);
    }
    return switch (run.state()) {
      case STARTING, WAITING -> launches.launch(job, run);
      case STOPPING -> ends.end(jobName, runId, JobRunState.STOPPED, null);
      case RUNNING -> ends.end(jobName, runId, RunDriver::lost);
      case STOPPED, SUCCEEDED, FAILED, TIMEOUT, ERROR, EXPIRED -> {
        retries.ensure(run);
        yield Result.ok(null);
      }
    };
  }

  private static Optional<Move> lost(JobRun current) {
    return Optional.of(
        current.state() == JobRunState.STOPPING
            ? new Move(JobRunState.STOPPED, null)
            : new Move(JobRunState.ERROR, JobMessages.SLUICE_STOPPED));
  }
}
