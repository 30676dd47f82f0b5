package dev.sluice.core.jobs;

import java.util.Map;

/**
 * StartJobRun's input. Null members take the job's values.
 *
 * @param jobRunId the run to retry (Glue's {@code JobRunId}): the new run's previousRunId
 * @param arguments merged over the job's DefaultArguments; NonOverridableArguments win over both
 */
public record NewJobRun(
    String jobName,
    String jobRunId,
    Map<String, String> arguments,
    Integer allocatedCapacity,
    Integer timeout,
    Double maxCapacity,
    String securityConfiguration,
    Integer notifyDelayAfter,
    String workerType,
    Integer numberOfWorkers,
    String executionClass,
    Boolean jobRunQueuingEnabled) {

  public NewJobRun {
    arguments = Ordered.copy(arguments);
  }

  /** A run with only a job name and arguments. */
  public static NewJobRun of(String jobName, Map<String, String> arguments) {
    return new NewJobRun(
        jobName, null, arguments, null, null, null, null, null, null, null, null, null);
  }
}
