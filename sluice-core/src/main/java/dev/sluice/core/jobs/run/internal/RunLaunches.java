package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLauncher;
import dev.sluice.core.jobs.run.internal.RunCommits.Move;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogSink;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts a STARTING run: its process first, then the move to RUNNING, then {@link RunWatch} stays
 * with it. A stop requested while the process started ends the run STOPPED at once.
 *
 * <p>A launcher failure ends the run FAILED with the failure's message (the script could not be
 * fetched or started), or ERROR when the failure is Sluice's own (status 500 and above); the
 * message also goes to the run's error log streams, since no process wrote any.
 */
public final class RunLaunches {
  private final JobLauncher launcher;
  private final LaunchPlans plans;
  private final RunCommits commits;
  private final RunEnds ends;
  private final RunWatch watch;
  private final LogSink logs;
  private final Clock clock;

  public RunLaunches(
      JobLauncher launcher,
      LaunchPlans plans,
      RunCommits commits,
      RunEnds ends,
      RunWatch watch,
      LogSink logs,
      Clock clock) {
    this.launcher = launcher;
    this.plans = plans;
    this.commits = commits;
    this.ends = ends;
    this.watch = watch;
    this.logs = logs;
    this.clock = clock;
  }

  public Result<Void> launch(JobDefinition job, JobRun run) {
    var launch = plans.plan(job, run);
    var started = launcher.start(launch);
    if (!started.isOk()) {
      return notStarted(launch, started.failure());
    }
    var process = started.value();
    var claimed = commits.move(job.name(), run.id(), RunLaunches::running);
    if (!claimed.isOk() || claimed.value().isEmpty()) {
      process.stop();
      return claimed.isOk() ? stoppedMeanwhile(run) : Result.err(claimed.failure());
    }
    return watch.watch(claimed.value().get(), process);
  }

  /** The run changed while its process started: a stop request ends it, else it is left alone. */
  private Result<Void> stoppedMeanwhile(JobRun run) {
    return ends.end(
        run.jobName(),
        run.id(),
        current ->
            current.state() == JobRunState.STOPPING
                ? Optional.of(new Move(JobRunState.STOPPED, null))
                : Optional.empty());
  }

  private Result<Void> notStarted(JobLaunch launch, Failure failure) {
    var run = launch.run();
    var line = List.of(new LogEvent(clock.now(), failure.message()));
    for (var group : launch.logs().errorGroups()) {
      logs.append(group, launch.logs().stream(), line);
    }
    var state = failure.status() >= 500 ? JobRunState.ERROR : JobRunState.FAILED;
    return ends.end(run.jobName(), run.id(), state, failure.message());
  }

  private static Optional<Move> running(JobRun current) {
    return switch (current.state()) {
      case STARTING, WAITING -> Optional.of(new Move(JobRunState.RUNNING, null));
      default -> Optional.empty();
    };
  }
}
