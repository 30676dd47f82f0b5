package dev.sluice.core.jobs;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;

/**
 * AWS Glue's jobs. Every failure carries Glue's error code, HTTP status 400 and message ({@code
 * EntityNotFoundException}, {@code AlreadyExistsException}, {@code InvalidInputException}, {@code
 * ConcurrentRunsExceededException}, {@code ResourceNumberLimitExceededException}); the json
 * protocol renders them unchanged. Wire-level constraints (lengths, patterns, enums) are checked by
 * the bindings before these calls.
 */
public interface JobService {

  /** Stores a new job (createdOn/lastModifiedOn set here); answers its name. */
  Result<String> createJob(JobDefinition job);

  Result<JobDefinition> getJob(String name);

  /** Jobs in name order; {@code maxResults} null means 100. */
  Result<JobsPage<JobDefinition>> getJobs(String nextToken, Integer maxResults);

  /** Job names, only those carrying every one of {@code tags} when it is not empty. */
  Result<JobsPage<String>> listJobs(String nextToken, Integer maxResults, Map<String, String> tags);

  Result<FoundJobs> batchGetJobs(List<String> names);

  /** Replaces the job's definition (its name and createdOn stay); answers its name. */
  Result<String> updateJob(String name, JobDefinition update);

  /** Deletes the job and its runs; answers the name, also when there was no such job. */
  Result<String> deleteJob(String name);

  /** Commits a STARTING run and the event that runs it; answers the run id. */
  Result<String> startJobRun(NewJobRun input);

  Result<JobRun> getJobRun(String jobName, String runId);

  /** Runs newest first; {@code maxResults} null means 100. */
  Result<JobsPage<JobRun>> getJobRuns(String jobName, String nextToken, Integer maxResults);

  Result<StoppedRuns> batchStopJobRun(String jobName, List<String> runIds);

  /**
   * Blocks until the run has ended and answers it (as GetJobRun would). For Step Functions' {@code
   * .sync}; interrupted when the waiting execution ends.
   */
  Result<JobRun> awaitEnd(String jobName, String runId) throws InterruptedException;
}
