package dev.sluice.core.workflows.engine;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A JobService standing in for Glue in the tests of the Step Functions integration: it knows the
 * jobs a test names, keeps their runs RUNNING until the test ends them (or a stop does), and
 * records what was started, awaited and stopped. Job definitions are outside these tests.
 */
final class StandInJobs implements JobService {
  static final Instant STARTED = Instant.parse("2026-03-01T10:00:00.123Z");

  final Set<String> jobs = ConcurrentHashMap.newKeySet();
  final List<NewJobRun> starts = new CopyOnWriteArrayList<>();
  final BlockingQueue<String> started = new LinkedBlockingQueue<>();
  final BlockingQueue<String> awaited = new LinkedBlockingQueue<>();
  final BlockingQueue<String> stopped = new LinkedBlockingQueue<>();
  volatile Failure refusal;

  private final Map<String, JobRun> runs = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JobRun>> ends = new ConcurrentHashMap<>();

  StandInJobs(String... jobNames) {
    jobs.addAll(List.of(jobNames));
  }

  /** The id of the next run started, waiting up to ten seconds for it. */
  String nextStarted() throws InterruptedException {
    return take(started, "a started run");
  }

  /** The id of the next run stopped, waiting up to ten seconds for it. */
  String nextStopped() throws InterruptedException {
    return take(stopped, "a stopped run");
  }

  /** The id of the next run awaited, waiting up to ten seconds for it. */
  String nextAwaited() throws InterruptedException {
    return take(awaited, "an awaited run");
  }

  private static String take(BlockingQueue<String> queue, String what) throws InterruptedException {
    String id = queue.poll(10, TimeUnit.SECONDS);
    if (id == null) {
      throw new AssertionError("no " + what + " within ten seconds");
    }
    return id;
  }

  /** Ends the run in {@code state} (a terminal one) with {@code error}. */
  JobRun end(String runId, JobRunState state, String error) {
    JobRun ended =
        runs.computeIfPresent(runId, (id, run) -> run.moved(state, STARTED.plusSeconds(70), error));
    ends.get(runId).complete(ended);
    return ended;
  }

  @Override
  public Result<String> startJobRun(NewJobRun input) {
    starts.add(input);
    if (refusal != null) {
      return Result.err(refusal);
    }
    if (!jobs.contains(input.jobName())) {
      return Result.err(
          Failure.of(
              "EntityNotFoundException", 400, "Failed to start job run due to missing metadata"));
    }
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    String id = "jr_" + HexFormat.of().formatHex(bytes);
    runs.put(id, run(id, input));
    ends.put(id, new CompletableFuture<>());
    started.add(id);
    return Result.ok(id);
  }

  private static JobRun run(String id, NewJobRun input) {
    return new JobRun(
        id,
        0,
        input.jobRunId(),
        null,
        input.jobName(),
        "SCRIPT",
        STARTED,
        STARTED,
        null,
        JobRunState.RUNNING,
        input.arguments(),
        null,
        input.allocatedCapacity() == null ? 10 : input.allocatedCapacity(),
        null,
        input.timeout() == null ? 2880 : input.timeout(),
        input.maxCapacity() == null ? 10.0 : input.maxCapacity(),
        input.workerType(),
        input.numberOfWorkers(),
        input.securityConfiguration(),
        "/aws-glue/jobs",
        input.notifyDelayAfter(),
        "4.0",
        input.executionClass() == null ? "STANDARD" : input.executionClass(),
        0);
  }

  @Override
  public Result<JobRun> getJobRun(String jobName, String runId) {
    JobRun run = runs.get(runId);
    if (run == null || !run.jobName().equals(jobName)) {
      return Result.err(Failure.of("EntityNotFoundException", 400, "Job Run not found"));
    }
    return Result.ok(run);
  }

  @Override
  public Result<JobsPage<JobRun>> getJobRuns(String jobName, String nextToken, Integer max) {
    if (!jobs.contains(jobName)) {
      return Result.err(Failure.of("EntityNotFoundException", 400, "Job not found"));
    }
    return Result.ok(
        new JobsPage<>(
            runs.values().stream().filter(run -> run.jobName().equals(jobName)).toList(), null));
  }

  @Override
  public Result<StoppedRuns> batchStopJobRun(String jobName, List<String> runIds) {
    List<StoppedRuns.Submission> successful = new ArrayList<>();
    List<StoppedRuns.Refusal> errors = new ArrayList<>();
    for (String id : runIds) {
      JobRun run = runs.get(id);
      if (run == null || run.state().terminal()) {
        errors.add(
            new StoppedRuns.Refusal(
                jobName, id, "InvalidInputException", "Job Run cannot be stopped"));
        continue;
      }
      end(id, JobRunState.STOPPED, null);
      stopped.add(id);
      successful.add(new StoppedRuns.Submission(jobName, id));
    }
    return Result.ok(new StoppedRuns(successful, errors));
  }

  @Override
  public Result<JobRun> awaitEnd(String jobName, String runId) throws InterruptedException {
    CompletableFuture<JobRun> end = ends.get(runId);
    if (end == null) {
      return Result.err(Failure.of("EntityNotFoundException", 400, "Job Run not found"));
    }
    awaited.add(runId);
    try {
      return Result.ok(end.get());
    } catch (ExecutionException e) {
      throw new AssertionError(e);
    }
  }

  // --- outside these tests

  private static <T> Result<T> outside() {
    return Result.err(Failure.of("InternalServiceException", 500, "not part of these tests"));
  }

  @Override
  public Result<String> createJob(JobDefinition job) {
    return outside();
  }

  @Override
  public Result<JobDefinition> getJob(String name) {
    return outside();
  }

  @Override
  public Result<JobsPage<JobDefinition>> getJobs(String nextToken, Integer maxResults) {
    return outside();
  }

  @Override
  public Result<JobsPage<String>> listJobs(
      String nextToken, Integer maxResults, Map<String, String> tags) {
    return outside();
  }

  @Override
  public Result<FoundJobs> batchGetJobs(List<String> names) {
    return outside();
  }

  @Override
  public Result<String> updateJob(String name, JobDefinition update) {
    return outside();
  }

  @Override
  public Result<String> deleteJob(String name) {
    return outside();
  }
}
