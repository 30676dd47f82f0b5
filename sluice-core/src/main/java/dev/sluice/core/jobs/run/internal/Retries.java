package dev.sluice.core.jobs.run.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Glue's automatic retries: a run that ended FAILED, TIMEOUT or ERROR (not STOPPED) with fewer
 * attempts than its job's MaxRetries is followed by a new STARTING run with the same arguments and
 * settings, one attempt more and the ended run as PreviousRunId. Its id is Glue's: the first run's
 * id and {@code _attempt_N}. Being derived from the ended run, it makes the retry idempotent: the
 * end and the retry are two commits, and a delivery that comes back after a crash in between (the
 * run has ended, its event was not acknowledged) starts the retry then, once.
 */
public final class Retries {
  private static final Pattern ATTEMPT = Pattern.compile("_attempt_\\d+$");

  private final JobCatalog catalog;
  private final Clock clock;
  private final EventSignal signal;

  public Retries(JobCatalog catalog, Clock clock, EventSignal signal) {
    this.catalog = catalog;
    this.clock = clock;
    this.signal = signal;
  }

  /** Starts the retry of {@code ended} if one is due and not started yet. */
  public void ensure(JobRun ended) {
    if (!retried(ended.state())) {
      return;
    }
    var job = catalog.find(ended.jobName());
    if (job.isEmpty()) {
      return;
    }
    int maxRetries = job.get().maxRetries() == null ? 0 : job.get().maxRetries();
    String id = nextId(ended);
    if (ended.attempt() >= maxRetries || catalog.findRun(ended.jobName(), id).isPresent()) {
      return;
    }
    var event = new NewEvent(JobEvents.SERVICE, ended.jobName(), JobEvents.RUN, id);
    // The retry takes the place of the run it follows, so the concurrency limit does not apply.
    if (catalog.insertRun(retryOf(ended, id), Integer.MAX_VALUE, List.of(event))) {
      signal.eventsCommitted();
    }
  }

  static String nextId(JobRun run) {
    return ATTEMPT.matcher(run.id()).replaceFirst("") + "_attempt_" + (run.attempt() + 1);
  }

  private static boolean retried(JobRunState state) {
    return state == JobRunState.FAILED
        || state == JobRunState.TIMEOUT
        || state == JobRunState.ERROR;
  }

  private JobRun retryOf(JobRun ended, String id) {
    var now = clock.now();
    return new JobRun(
        id,
        ended.attempt() + 1,
        ended.id(),
        ended.triggerName(),
        ended.jobName(),
        ended.jobMode(),
        now,
        now,
        null,
        JobRunState.STARTING,
        ended.arguments(),
        null,
        ended.allocatedCapacity(),
        null,
        ended.timeout(),
        ended.maxCapacity(),
        ended.workerType(),
        ended.numberOfWorkers(),
        ended.securityConfiguration(),
        ended.logGroupName(),
        ended.notifyDelayAfter(),
        ended.glueVersion(),
        ended.executionClass(),
        0);
  }
}
