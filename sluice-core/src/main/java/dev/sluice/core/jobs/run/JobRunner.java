package dev.sluice.core.jobs.run;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.run.internal.LaunchPlans;
import dev.sluice.core.jobs.run.internal.Retries;
import dev.sluice.core.jobs.run.internal.RunCommits;
import dev.sluice.core.jobs.run.internal.RunDriver;
import dev.sluice.core.jobs.run.internal.RunEnds;
import dev.sluice.core.jobs.run.internal.RunLaunches;
import dev.sluice.core.jobs.run.internal.RunWatch;
import dev.sluice.core.jobs.run.internal.RunningRuns;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs job runs: the consumer of service {@code glue}, events {@code RunJob} (target the job,
 * payload the run id). A delivery starts the run's process through the {@link JobLauncher}, marks
 * it RUNNING and stays with it until it ends (SUCCEEDED, FAILED with the script's message), is
 * stopped (STOPPED) or times out on Sluice's clock (TIMEOUT); then it tells {@link RunEndings} and
 * starts the next attempt when the job's MaxRetries allow. A run found RUNNING that this runner
 * does not run lost its process when Sluice stopped: it ends as ERROR. When the delivering thread
 * is interrupted (Sluice closing) the process is stopped, the run left RUNNING and the delivery
 * answered with a failure, so that it comes back and ends the run then.
 */
public final class JobRunner implements EventConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final RunningRuns running = new RunningRuns();
  private final RunDriver driver;

  public JobRunner(
      JobCatalog catalog,
      JobLauncher launcher,
      Clock clock,
      LogSink logs,
      EventSignal signal,
      RunEndings endings) {
    this(catalog, launcher, clock, logs, signal, endings, JobRunnerSettings.defaults());
  }

  public JobRunner(
      JobCatalog catalog,
      JobLauncher launcher,
      Clock clock,
      LogSink logs,
      EventSignal signal,
      RunEndings endings,
      JobRunnerSettings settings) {
    var commits = new RunCommits(catalog, clock);
    var retries = new Retries(catalog, clock, signal);
    var ends = new RunEnds(commits, retries, endings);
    var watch = new RunWatch(catalog, clock, ends, settings);
    var launches = new RunLaunches(launcher, new LaunchPlans(), commits, ends, watch, logs, clock);
    this.driver = new RunDriver(catalog, launches, ends, retries);
  }

  @Override
  public String service() {
    return JobEvents.SERVICE;
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    if (!JobEvents.RUN.equals(event.type())) {
      LOG.warn("Ignoring job event {} of unknown type {}", event.id(), event.type());
      return Result.ok(null);
    }
    String jobName = event.target();
    String runId = event.payload();
    if (!running.enter(jobName, runId)) {
      return Result.ok(null);
    }
    try {
      return driver.drive(jobName, runId);
    } finally {
      running.leave(jobName, runId);
    }
  }
}
