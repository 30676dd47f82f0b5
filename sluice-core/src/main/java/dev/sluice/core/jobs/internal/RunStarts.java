package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.internal.JobMessages.failure;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobCommand;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobEvents;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * StartJobRun: a STARTING run with StartJobRun's values, else the job's, committed with the event
 * that runs it when the job has fewer unfinished runs than its MaxConcurrentRuns. With a JobRunId
 * of an existing run the new run retries it (its PreviousRunId, one attempt more).
 */
final class RunStarts {
  static final String LOG_GROUP = "/aws-glue/jobs";
  static final String PYTHON_LOG_GROUP = "/aws-glue/python-jobs";

  private final JobCatalog catalog;
  private final Clock clock;
  private final EventSignal signal;
  private final RunIds ids;

  RunStarts(JobCatalog catalog, Clock clock, EventSignal signal, RunIds ids) {
    this.catalog = catalog;
    this.clock = clock;
    this.signal = signal;
    this.ids = ids;
  }

  Result<String> start(NewJobRun input) {
    var job = catalog.find(input.jobName());
    if (job.isEmpty()) {
      return missingJob();
    }
    return run(job.get(), input).flatMap(run -> commit(job.get(), run));
  }

  private Result<JobRun> run(JobDefinition job, NewJobRun input) {
    String command = command(job);
    var capacity = Capacity.ofRun(command, Capacity.of(job), input);
    Integer timeout = input.timeout() != null ? input.timeout() : job.timeout();
    return JobRules.checkTimeout(timeout)
        .flatMap(ok -> capacity)
        .map(c -> newRun(job, input, c, timeout, previous(job, input)));
  }

  private JobRun newRun(
      JobDefinition job,
      NewJobRun input,
      Capacity capacity,
      Integer timeout,
      Optional<JobRun> previous) {
    var now = clock.now();
    return new JobRun(
        ids.next(),
        previous.map(p -> p.attempt() + 1).orElse(0),
        previous.map(JobRun::id).orElse(null),
        null,
        job.name(),
        job.jobMode(),
        now,
        now,
        null,
        JobRunState.STARTING,
        input.arguments(),
        null,
        capacity.allocatedCapacity(),
        null,
        timeout,
        capacity.maxCapacity(),
        capacity.workerType(),
        capacity.numberOfWorkers(),
        input.securityConfiguration() != null
            ? input.securityConfiguration()
            : job.securityConfiguration(),
        JobCommand.PYTHON_SHELL.equals(command(job)) ? PYTHON_LOG_GROUP : LOG_GROUP,
        input.notifyDelayAfter(),
        job.glueVersion(),
        input.executionClass() != null ? input.executionClass() : job.executionClass(),
        0);
  }

  private Optional<JobRun> previous(JobDefinition job, NewJobRun input) {
    return input.jobRunId() == null
        ? Optional.empty()
        : catalog.findRun(job.name(), input.jobRunId());
  }

  private Result<String> commit(JobDefinition job, JobRun run) {
    var event = new NewEvent(JobEvents.SERVICE, job.name(), JobEvents.RUN, run.id());
    int maxActive = job.maxConcurrentRuns() == null ? 1 : job.maxConcurrentRuns();
    if (!catalog.insertRun(run, maxActive, List.of(event))) {
      return catalog.find(job.name()).isEmpty()
          ? missingJob()
          : Result.err(
              failure(JobMessages.CONCURRENT_RUNS, JobMessages.concurrentRunsExceeded(job.name())));
    }
    signal.eventsCommitted();
    return Result.ok(run.id());
  }

  private static String command(JobDefinition job) {
    return job.command() == null || job.command().name() == null
        ? JobCommand.GLUE_ETL
        : job.command().name();
  }

  private static <T> Result<T> missingJob() {
    return Result.err(failure(JobMessages.ENTITY_NOT_FOUND, JobMessages.MISSING_METADATA));
  }
}
