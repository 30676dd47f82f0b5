package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.run.RunEndings;
import dev.sluice.core.jobs.run.internal.RunCommits.Move;
import dev.sluice.core.result.Result;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ends runs: commits the end state (unless the run has ended meanwhile), tells {@link RunEndings}
 * and starts the next attempt when one is due ({@link Retries}).
 */
public final class RunEnds {
  private final RunCommits commits;
  private final Retries retries;
  private final RunEndings endings;

  public RunEnds(RunCommits commits, Retries retries, RunEndings endings) {
    this.commits = commits;
    this.retries = retries;
    this.endings = endings;
  }

  public Result<Void> end(String jobName, String runId, JobRunState state, String error) {
    return end(jobName, runId, current -> Optional.of(new Move(state, error)));
  }

  /** Ends the run in the state {@code decide} chooses from its current one (or leaves it). */
  public Result<Void> end(String jobName, String runId, Function<JobRun, Optional<Move>> decide) {
    var moved =
        commits.move(
            jobName,
            runId,
            current -> current.state().terminal() ? Optional.empty() : decide.apply(current));
    if (!moved.isOk()) {
      return Result.err(moved.failure());
    }
    moved
        .value()
        .filter(run -> run.state().terminal())
        .ifPresent(
            run -> {
              endings.ended();
              retries.ensure(run);
            });
    return Result.ok(null);
  }
}
