package dev.sluice.core.jobs.run;

import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import java.util.Map;

/**
 * One run to start.
 *
 * @param job the job's definition when the run started
 * @param run the run (its effective WorkerType, NumberOfWorkers, MaxCapacity, Timeout)
 * @param arguments the script's arguments in the order they are passed, names with their leading
 *     {@code --}: the job's DefaultArguments, overridden by the run's Arguments, then its
 *     NonOverridableArguments, then Glue's reserved {@code --JOB_ID}, {@code --JOB_RUN_ID}, {@code
 *     --JOB_NAME} (and {@code --job-bookmark-option job-bookmark-disable} unless set)
 * @param logs where the driver's output goes
 */
public record JobLaunch(
    JobDefinition job, JobRun run, Map<String, String> arguments, JobLogs logs) {

  public JobLaunch {
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
  }
}
