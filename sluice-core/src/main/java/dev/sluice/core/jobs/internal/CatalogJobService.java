package dev.sluice.core.jobs.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.jobs.FoundJobs;
import dev.sluice.core.jobs.JobCatalog;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.JobsPage;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.jobs.StoppedRuns;
import dev.sluice.core.jobs.run.RunEndings;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * AWS Glue's jobs on a {@link JobCatalog}: definitions checked and completed as Glue does, runs
 * committed STARTING with the event that the runner ({@code JobRunner}) delivers, stops requested
 * through the catalog (STOPPING), waits woken by {@link RunEndings}.
 */
public final class CatalogJobService implements JobService {
  private final JobWrites writes;
  private final JobListings listings;
  private final RunStarts starts;
  private final RunStops stops;
  private final RunReads reads;

  public CatalogJobService(
      JobCatalog catalog, Clock clock, EventSignal signal, RunEndings endings) {
    this(catalog, clock, signal, endings, new RunIds());
  }

  CatalogJobService(
      JobCatalog catalog, Clock clock, EventSignal signal, RunEndings endings, RunIds ids) {
    this.writes = new JobWrites(catalog, clock);
    this.listings = new JobListings(catalog);
    this.starts = new RunStarts(catalog, clock, signal, ids);
    this.stops = new RunStops(catalog, clock);
    this.reads = new RunReads(catalog, endings);
  }

  @Override
  public Result<String> createJob(JobDefinition job) {
    return writes.create(job);
  }

  @Override
  public Result<JobDefinition> getJob(String name) {
    return listings.get(name);
  }

  @Override
  public Result<JobsPage<JobDefinition>> getJobs(String nextToken, Integer maxResults) {
    return listings.getJobs(nextToken, maxResults);
  }

  @Override
  public Result<JobsPage<String>> listJobs(
      String nextToken, Integer maxResults, Map<String, String> tags) {
    return listings.listJobs(nextToken, maxResults, tags);
  }

  @Override
  public Result<FoundJobs> batchGetJobs(List<String> names) {
    return Result.ok(listings.batchGet(names));
  }

  @Override
  public Result<String> updateJob(String name, JobDefinition update) {
    return writes.update(name, update);
  }

  @Override
  public Result<String> deleteJob(String name) {
    return writes.delete(name);
  }

  @Override
  public Result<String> startJobRun(NewJobRun input) {
    return starts.start(input);
  }

  @Override
  public Result<JobRun> getJobRun(String jobName, String runId) {
    return reads.get(jobName, runId);
  }

  @Override
  public Result<JobsPage<JobRun>> getJobRuns(String jobName, String nextToken, Integer maxResults) {
    return reads.list(jobName, nextToken, maxResults);
  }

  @Override
  public Result<StoppedRuns> batchStopJobRun(String jobName, List<String> runIds) {
    return Result.ok(stops.stop(jobName, runIds));
  }

  @Override
  public Result<JobRun> awaitEnd(String jobName, String runId) throws InterruptedException {
    return reads.awaitEnd(jobName, runId);
  }
}
