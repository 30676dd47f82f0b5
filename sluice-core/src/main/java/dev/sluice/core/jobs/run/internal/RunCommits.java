package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.internal.JobMessages;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Moves a run to another state with the catalog's compare-and-set: the move is decided from a fresh
 * read, and decided again from a new read when someone else changed the run first (a stop request,
 * another node). Gives up after {@link #MAX_TRIES} lost races.
 */
public final class RunCommits {
  static final int MAX_TRIES = 32;

  /** Where a run goes, and its ErrorMessage there. */
  public record Move(JobRunState state, String error) {}

  private final JobCatalog catalog;
  private final Clock clock;

  public RunCommits(JobCatalog catalog, Clock clock) {
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The run as moved; empty when it is gone or {@code decide} declines. */
  public Result<Optional<JobRun>> move(
      String jobName, String runId, Function<JobRun, Optional<Move>> decide) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      var current = catalog.findRun(jobName, runId);
      if (current.isEmpty()) {
        return Result.ok(Optional.empty());
      }
      var move = decide.apply(current.get());
      if (move.isEmpty()) {
        return Result.ok(Optional.empty());
      }
      var next = current.get().moved(move.get().state(), clock.now(), move.get().error());
      if (catalog.updateRun(next, List.of())) {
        return Result.ok(Optional.of(next));
      }
      Thread.onSpinWait();
    }
    return Result.err(
        JobMessages.internal("The job run changed too often while it was being updated"));
  }
}
