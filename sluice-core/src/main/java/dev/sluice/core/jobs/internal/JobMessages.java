package dev.sluice.core.jobs.internal;

import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.result.Failure;

/**
 * Every error code and message the jobs service and its runner answer with, in one place. Texts
 * marked "seen" are Glue's own as clients have reported them; the others are Sluice's best guess at
 * Glue's wording (or Sluice's own, where Glue has no such case).
 */
public final class JobMessages {
  public static final String ENTITY_NOT_FOUND = "EntityNotFoundException";
  public static final String INVALID_INPUT = "InvalidInputException";
  public static final String ALREADY_EXISTS = "AlreadyExistsException";
  public static final String CONCURRENT_RUNS = "ConcurrentRunsExceededException";
  public static final String INTERNAL = "InternalServiceException";

  /** Seen: GetJob of an unknown job. */
  public static final String JOB_NOT_FOUND = "Job not found.";

  /** Seen: StartJobRun of an unknown job. */
  public static final String MISSING_METADATA = "Failed to start job run due to missing metadata.";

  /** Guess: GetJobRun or BatchStopJobRun of an unknown run. */
  public static final String RUN_NOT_FOUND = "Job Run Id not found";

  /** Seen (CreateJob through CloudFormation). */
  public static final String BOTH_WORKER_FIELDS =
      "Please set both Worker Type and Number of Workers.";

  /** Seen (StartJobRun). */
  public static final String MAX_CAPACITY_WITH_WORKERS =
      "Please do not set Max Capacity if using Worker Type and Number of Workers.";

  /** Seen (CreateJob). */
  public static final String ALLOCATED_CAPACITY_WITH_WORKERS =
      "Please do not set Allocated Capacity if using Worker Type and Number of Workers.";

  /** Guess. */
  public static final String BOTH_CAPACITIES =
      "Please set only Allocated Capacity or Max Capacity.";

  /** Guess: a Python shell job's capacity other than 0.0625 or 1 DPU. */
  public static final String PYTHON_SHELL_CAPACITY =
      "Max Capacity for a Python shell job must be either 0.0625 or 1.";

  /** Guess: the documented 7-day limit on Timeout. */
  public static final String TIMEOUT_TOO_LONG =
      "Timeout must be less than 7 days or 10080 minutes.";

  /** Guess: a NextToken Sluice did not hand out. */
  public static final String INVALID_TOKEN = "Invalid pagination token.";

  /** Guess: a run's ErrorMessage after TIMEOUT. */
  public static final String TIMED_OUT = "Job run timed out";

  /** Sluice's own: a run whose process was lost when Sluice stopped. */
  public static final String SLUICE_STOPPED =
      "Sluice stopped while the job run was in progress; its process is gone";

  private JobMessages() {}

  /** Seen: UpdateJob, GetJobRuns of an unknown job. */
  public static String jobWithNameNotFound(String name) {
    return "Job with name: " + name + " not found.";
  }

  /** Guess. */
  public static String alreadyExists(String name) {
    return name + " already exists.";
  }

  /** Seen. */
  public static String concurrentRunsExceeded(String jobName) {
    return "Concurrent runs exceeded for " + jobName;
  }

  /** Seen (StartJobRun, G.1X and 2). */
  public static String minimumWorkers(String workerType, int minimum) {
    return "To use Worker Type "
        + workerType
        + ", minimum allowed value of Number of Workers is "
        + minimum
        + ".";
  }

  /** Guess. */
  public static String unknownCommand(String name) {
    return "Invalid Command Name: "
        + name
        + ". Valid values are glueetl, gluestreaming, pythonshell and glueray.";
  }

  /** Guess: BatchStopJobRun of a run that has ended. */
  public static String notStoppable(JobRunState state) {
    return "Job Run cannot be stopped in its current state: " + state;
  }

  /** Seen: the ErrorMessage of a run whose script exited non-zero without a message of its own. */
  public static String exitCode(int code) {
    return "Command failed with exit code " + code;
  }

  public static Failure failure(String code, String message) {
    return Failure.of(code, 400, message);
  }

  public static Failure invalid(String message) {
    return failure(INVALID_INPUT, message);
  }

  public static Failure internal(String message) {
    return Failure.of(INTERNAL, 500, message);
  }
}
