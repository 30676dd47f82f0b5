package dev.sluice.core.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * One run of a job, as Glue reports it ({@code JobRun}).
 *
 * @param id {@code jr_} and 64 hex digits
 * @param attempt 0 for the first run, then one more per automatic retry ({@code MaxRetries})
 * @param previousRunId the run this one retries, or null
 * @param arguments the run's own Arguments as StartJobRun gave them (not merged with the job's)
 * @param executionTime whole seconds the run was RUNNING, once it has ended
 * @param logGroupName {@code /aws-glue/jobs} (Python shell: {@code /aws-glue/python-jobs})
 * @param revision Sluice's own compare-and-set counter (not on the wire)
 */
public record JobRun(
    String id,
    int attempt,
    String previousRunId,
    String triggerName,
    String jobName,
    String jobMode,
    Instant startedOn,
    Instant lastModifiedOn,
    Instant completedOn,
    JobRunState state,
    Map<String, String> arguments,
    String errorMessage,
    Integer allocatedCapacity,
    Integer executionTime,
    Integer timeout,
    Double maxCapacity,
    String workerType,
    Integer numberOfWorkers,
    String securityConfiguration,
    String logGroupName,
    Integer notifyDelayAfter,
    String glueVersion,
    String executionClass,
    long revision) {

  public JobRun {
    arguments = Ordered.copy(arguments);
  }

  /** This run in {@code next} state at {@code now} (revision unchanged; the catalog bumps it). */
  public JobRun moved(JobRunState next, Instant now, String error) {
    return new JobRun(
        id,
        attempt,
        previousRunId,
        triggerName,
        jobName,
        jobMode,
        startedOn,
        now,
        next.terminal() ? now : completedOn,
        next,
        arguments,
        error,
        allocatedCapacity,
        next.terminal() && startedOn != null
            ? Integer.valueOf(
                (int) Math.max(0, java.time.Duration.between(startedOn, now).toSeconds()))
            : executionTime,
        timeout,
        maxCapacity,
        workerType,
        numberOfWorkers,
        securityConfiguration,
        logGroupName,
        notifyDelayAfter,
        glueVersion,
        executionClass,
        revision);
  }
}
