package dev.sluice.aws.glue;

import dev.sluice.core.jobs.FoundJobs;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import dev.sluice.core.jobs.JobRunState;
import dev.sluice.core.jobs.JobService;
import dev.sluice.core.jobs.JobsPage;
import dev.sluice.core.jobs.NewJobRun;
import dev.sluice.core.jobs.StoppedRuns;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A job service kept in memory, enough for the wire's tests: jobs by name, runs newest first, a
 * fixed clock, and the last StartJobRun input. The endpoint's collaborator, not the thing under
 * test; its failure messages are the test's own.
 */
final class InMemoryJobService implements JobService {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123Z");

  final TreeMap<String, JobDefinition> jobs = new TreeMap<>();
  final Map<String, List<JobRun>> runs = new HashMap<>();
  NewJobRun lastStart;
  private int nextRun;

  /** Stores {@code run} as its job's newest. */
  void putRun(JobRun run) {
    runs.computeIfAbsent(run.jobName(), name -> new ArrayList<>()).addFirst(run);
  }

  @Override
  public Result<String> createJob(JobDefinition job) {
    if ((job.workerType() == null) != (job.numberOfWorkers() == null)) {
      return fail("InvalidInputException", "Please set both Worker Type and Number of Workers.");
    }
    if (jobs.containsKey(job.name())) {
      return fail("AlreadyExistsException", "Job " + job.name() + " already exists.");
    }
    jobs.put(job.name(), stamped(job, NOW, job.tags()));
    return Result.ok(job.name());
  }

  @Override
  public Result<JobDefinition> getJob(String name) {
    var job = jobs.get(name);
    return job == null ? notFound() : Result.ok(job);
  }

  @Override
  public Result<JobsPage<JobDefinition>> getJobs(String nextToken, Integer maxResults) {
    var after = nextToken == null ? jobs.values() : jobs.tailMap(nextToken, false).values();
    return Result.ok(page(List.copyOf(after), maxResults, JobDefinition::name));
  }

  @Override
  public Result<JobsPage<String>> listJobs(
      String nextToken, Integer maxResults, Map<String, String> tags) {
    var after = nextToken == null ? jobs.values() : jobs.tailMap(nextToken, false).values();
    var names =
        after.stream()
            .filter(job -> job.tags().entrySet().containsAll(tags.entrySet()))
            .map(JobDefinition::name)
            .toList();
    return Result.ok(page(names, maxResults, name -> name));
  }

  @Override
  public Result<FoundJobs> batchGetJobs(List<String> names) {
    return Result.ok(
        new FoundJobs(
            names.stream().filter(jobs::containsKey).map(jobs::get).toList(),
            names.stream().filter(name -> !jobs.containsKey(name)).toList()));
  }

  @Override
  public Result<String> updateJob(String name, JobDefinition update) {
    var job = jobs.get(name);
    if (job == null) {
      return notFound();
    }
    jobs.put(name, stamped(update, job.createdOn(), job.tags()));
    return Result.ok(name);
  }

  @Override
  public Result<String> deleteJob(String name) {
    jobs.remove(name);
    runs.remove(name);
    return Result.ok(name);
  }

  @Override
  public Result<String> startJobRun(NewJobRun input) {
    var job = jobs.get(input.jobName());
    if (job == null) {
      return notFound();
    }
    var limit = job.maxConcurrentRuns() == null ? 1 : job.maxConcurrentRuns();
    var active = runsOf(job.name()).stream().filter(r -> !r.state().terminal()).count();
    if (active >= limit) {
      return fail("ConcurrentRunsExceededException", "Concurrent runs exceeded for " + job.name());
    }
    lastStart = input;
    var id = "jr_" + HexFormat.of().toHexDigits(++nextRun).repeat(8);
    putRun(
        new JobRun(
            id,
            0,
            input.jobRunId(),
            null,
            job.name(),
            job.jobMode(),
            NOW,
            NOW,
            null,
            JobRunState.STARTING,
            input.arguments(),
            null,
            null,
            null,
            input.timeout(),
            input.maxCapacity(),
            input.workerType(),
            input.numberOfWorkers(),
            input.securityConfiguration(),
            "/aws-glue/jobs",
            input.notifyDelayAfter(),
            job.glueVersion(),
            input.executionClass(),
            0));
    return Result.ok(id);
  }

  @Override
  public Result<JobRun> getJobRun(String jobName, String runId) {
    return runsOf(jobName).stream()
        .filter(run -> run.id().equals(runId))
        .findFirst()
        .<Result<JobRun>>map(Result::ok)
        .orElseGet(InMemoryJobService::notFound);
  }

  @Override
  public Result<JobsPage<JobRun>> getJobRuns(String jobName, String nextToken, Integer max) {
    if (!jobs.containsKey(jobName)) {
      return notFound();
    }
    var all = runsOf(jobName);
    var from = nextToken == null ? 0 : Integer.parseInt(nextToken);
    var page = page(all.subList(from, all.size()), max, run -> null);
    var next = page.nextToken() == null ? null : String.valueOf(from + page.items().size());
    return Result.ok(new JobsPage<>(page.items(), next));
  }

  @Override
  public Result<StoppedRuns> batchStopJobRun(String jobName, List<String> runIds) {
    var stopped = new ArrayList<StoppedRuns.Submission>();
    var refused = new ArrayList<StoppedRuns.Refusal>();
    for (var id : runIds) {
      var run = getJobRun(jobName, id);
      if (run.isOk() && !run.value().state().terminal()) {
        stopped.add(new StoppedRuns.Submission(jobName, id));
      } else {
        refused.add(
            new StoppedRuns.Refusal(
                jobName, id, "EntityNotFoundException", "Job Run " + id + " not found"));
      }
    }
    return Result.ok(new StoppedRuns(stopped, refused));
  }

  @Override
  public Result<JobRun> awaitEnd(String jobName, String runId) {
    return getJobRun(jobName, runId);
  }

  private List<JobRun> runsOf(String jobName) {
    return runs.getOrDefault(jobName, List.of());
  }

  private static <T> JobsPage<T> page(
      List<T> items, Integer maxResults, Function<T, String> token) {
    var max = maxResults == null ? 100 : maxResults;
    if (items.size() <= max) {
      return new JobsPage<>(items, null);
    }
    var page = items.subList(0, max);
    var last = token.apply(page.getLast());
    return new JobsPage<>(page, last == null ? "more" : last);
  }

  private static JobDefinition stamped(
      JobDefinition job, Instant createdOn, Map<String, String> tags) {
    return new JobDefinition(
        job.name(),
        job.description(),
        job.logUri(),
        job.role(),
        createdOn,
        NOW,
        job.command(),
        job.defaultArguments(),
        job.nonOverridableArguments(),
        job.maxConcurrentRuns(),
        job.maxRetries(),
        job.allocatedCapacity(),
        job.timeout(),
        job.maxCapacity(),
        job.workerType(),
        job.numberOfWorkers(),
        job.securityConfiguration(),
        job.glueVersion(),
        job.executionClass(),
        job.jobMode(),
        job.jobRunQueuingEnabled(),
        job.maintenanceWindow(),
        job.documents(),
        tags);
  }

  private static <T> Result<T> notFound() {
    return fail("EntityNotFoundException", "Job not found.");
  }

  private static <T> Result<T> fail(String code, String message) {
    return Result.err(Failure.of(code, 400, message));
  }
}
