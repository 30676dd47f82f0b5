package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.internal.JobMessages;
import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobRunnerSettings;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.jobs.run.internal.RunCommits.Move;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Stays with a RUNNING run's process until the run ends: the process exits (SUCCEEDED, or FAILED
 * with its message), the run's Timeout passes on Sluice's clock counted from when it began to run
 * (TIMEOUT), a stop is requested (STOPPED) or the job is deleted (nothing left to write). Ends the
 * process in every case but an exit.
 */
public final class RunWatch {
  private final JobCatalog catalog;
  private final Clock clock;
  private final RunEnds ends;
  private final JobRunnerSettings settings;

  public RunWatch(JobCatalog catalog, Clock clock, RunEnds ends, JobRunnerSettings settings) {
    this.catalog = catalog;
    this.clock = clock;
    this.ends = ends;
    this.settings = settings;
  }

  public Result<Void> watch(JobRun run, RunningJob process) {
    Instant deadline =
        run.timeout() == null ? null : clock.now().plus(Duration.ofMinutes(run.timeout()));
    long nextCheck = System.nanoTime() + settings.checkEvery().toNanos();
    while (true) {
      JobExit exit;
      try {
        exit = process.await(settings.awaitSlice());
      } catch (InterruptedException e) {
        return leftRunning(process);
      }
      if (exit != null) {
        return ends.end(run.jobName(), run.id(), current -> Optional.of(outcome(exit)));
      }
      if (deadline != null && !clock.now().isBefore(deadline)) {
        process.stop();
        return ends.end(run.jobName(), run.id(), JobRunState.TIMEOUT, JobMessages.TIMED_OUT);
      }
      if (System.nanoTime() - nextCheck >= 0) {
        nextCheck = System.nanoTime() + settings.checkEvery().toNanos();
        var current = catalog.findRun(run.jobName(), run.id());
        if (current.isEmpty() || current.get().state().terminal()) {
          process.stop();
          return Result.ok(null);
        }
        if (current.get().state() == JobRunState.STOPPING) {
          process.stop();
          return ends.end(run.jobName(), run.id(), JobRunState.STOPPED, null);
        }
      }
    }
  }

  static Move outcome(JobExit exit) {
    if (exit.succeeded()) {
      return new Move(JobRunState.SUCCEEDED, null);
    }
    String message = exit.errorMessage();
    return new Move(
        JobRunState.FAILED, message != null ? message : JobMessages.exitCode(exit.exitCode()));
  }

  /**
   * Sluice is closing: the process goes, the run stays RUNNING and the delivery fails, so that it
   * comes back (here after a restart, or on another node) and ends the run as ERROR. The interrupt
   * is consumed: the delivery's outcome must still reach the outbox.
   */
  private static Result<Void> leftRunning(RunningJob process) {
    Thread.interrupted();
    process.stop();
    return Result.err(
        JobMessages.internal(
            "The job runner was interrupted; the run ends when its event is delivered again"));
  }
}
