package dev.sluice.core.jobs.internal;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.StoppedRuns;
import dev.sluice.core.jobs.StoppedRuns.Refusal;
import dev.sluice.core.jobs.StoppedRuns.Submission;
import dev.sluice.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BatchStopJobRun: each run that has not ended moves to STOPPING (a run already STOPPING counts as
 * stopped again); the runner that runs it, or the delivery that would have started it, stops it.
 * Unknown runs and runs that have ended are refused one by one.
 */
final class RunStops {
  static final int MAX_TRIES = 32;

  private final JobCatalog catalog;
  private final Clock clock;

  RunStops(JobCatalog catalog, Clock clock) {
    this.catalog = catalog;
    this.clock = clock;
  }

  StoppedRuns stop(String jobName, List<String> runIds) {
    var successful = new ArrayList<Submission>();
    var errors = new ArrayList<Refusal>();
    for (var runId : runIds) {
      stopOne(jobName, runId)
          .ifPresentOrElse(errors::add, () -> successful.add(new Submission(jobName, runId)));
    }
    return new StoppedRuns(successful, errors);
  }

  /** Empty when the run is stopping; else why not. */
  private Optional<Refusal> stopOne(String jobName, String runId) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      var run = catalog.findRun(jobName, runId);
      if (run.isEmpty()) {
        return refusal(jobName, runId, JobMessages.ENTITY_NOT_FOUND, JobMessages.RUN_NOT_FOUND);
      }
      var state = run.get().state();
      if (state.terminal()) {
        return refusal(jobName, runId, JobMessages.INVALID_INPUT, JobMessages.notStoppable(state));
      }
      if (state == JobRunState.STOPPING
          || catalog.updateRun(
              run.get().moved(JobRunState.STOPPING, clock.now(), null), List.of())) {
        return Optional.empty();
      }
    }
    return refusal(
        jobName, runId, JobMessages.INTERNAL, "The job run changed too often; try again");
  }

  private static Optional<Refusal> refusal(
      String jobName, String runId, String code, String message) {
    return Optional.of(new Refusal(jobName, runId, code, message));
  }
}
