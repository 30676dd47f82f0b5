package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.internal.JobMessages.failure;

import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobsPage;
import dev.sluice.core.jobs.run.RunEndings;
import dev.sluice.core.result.Result;
import java.time.Duration;

/**
 * GetJobRun, GetJobRuns (newest first) and the wait for a run's end: woken by this node's runner
 * through {@link RunEndings}, and reading the catalog at least every {@link #POLL} for runs that
 * end on another node or whose job is deleted.
 */
final class RunReads {
  static final Duration POLL = Duration.ofSeconds(1);

  private final JobCatalog catalog;
  private final RunEndings endings;

  RunReads(JobCatalog catalog, RunEndings endings) {
    this.catalog = catalog;
    this.endings = endings;
  }

  Result<JobRun> get(String jobName, String runId) {
    return catalog
        .findRun(jobName, runId)
        .map(Result::ok)
        .orElseGet(
            () -> Result.err(failure(JobMessages.ENTITY_NOT_FOUND, JobMessages.RUN_NOT_FOUND)));
  }

  Result<JobsPage<JobRun>> list(String jobName, String nextToken, Integer maxResults) {
    if (catalog.find(jobName).isEmpty()) {
      return Result.err(
          failure(JobMessages.ENTITY_NOT_FOUND, JobMessages.jobWithNameNotFound(jobName)));
    }
    int limit = maxResults == null ? JobListings.DEFAULT_PAGE : maxResults;
    return PageTokens.offset(nextToken)
        .map(
            offset -> {
              var runs = catalog.runs(jobName, offset, limit + 1);
              if (runs.size() <= limit) {
                return new JobsPage<>(runs, null);
              }
              return new JobsPage<>(runs.subList(0, limit), PageTokens.atOffset(offset + limit));
            });
  }

  Result<JobRun> awaitEnd(String jobName, String runId) throws InterruptedException {
    while (true) {
      long seen = endings.count();
      var run = get(jobName, runId);
      if (!run.isOk() || run.value().state().terminal()) {
        return run;
      }
      endings.awaitAfter(seen, POLL);
    }
  }
}
