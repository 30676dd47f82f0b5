package dev.sluice.core.jobs;

import static org.assertj.core.api.Assertions.fail;

import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.JobLaunch;
import dev.sluice.core.jobs.run.JobLauncher;
import dev.sluice.core.jobs.run.RunningJob;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A launcher whose processes run until the test ends them ({@link Process#exit}) or the runner
 * stops them; starts fail when the test queued a failure. Every launch is recorded.
 */
public final class ScriptedLauncher implements JobLauncher {
  /** What a stopped process ends with. */
  public static final JobExit STOPPED = new JobExit(143, null);

  private final List<JobLaunch> launches = new CopyOnWriteArrayList<>();
  private final Map<String, Process> processes = new ConcurrentHashMap<>();
  private final ConcurrentLinkedDeque<Failure> failures = new ConcurrentLinkedDeque<>();

  @Override
  public Result<RunningJob> start(JobLaunch launch) {
    launches.add(launch);
    var failure = failures.poll();
    if (failure != null) {
      return Result.err(failure);
    }
    var process = new Process();
    processes.put(launch.run().id(), process);
    return Result.ok(process);
  }

  /** The next start fails with {@code failure}. */
  public void failNextStart(Failure failure) {
    failures.add(failure);
  }

  public List<JobLaunch> launches() {
    return List.copyOf(launches);
  }

  /** The process of run {@code runId}, waiting up to 5 s for it to be started. */
  public Process process(String runId) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      var process = processes.get(runId);
      if (process != null) {
        return process;
      }
      Thread.onSpinWait();
      Thread.yield();
    }
    return fail("run %s was never started", runId);
  }

  public boolean started(String runId) {
    return processes.containsKey(runId);
  }

  /** A process that ends when told. */
  public static final class Process implements RunningJob {
    private final CompletableFuture<JobExit> exit = new CompletableFuture<>();
    private volatile boolean stopped;

    public void exit(int code, String errorMessage) {
      exit.complete(new JobExit(code, errorMessage));
    }

    public boolean stopped() {
      return stopped;
    }

    @Override
    public JobExit await(Duration wait) throws InterruptedException {
      try {
        return exit.get(wait.toNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return null;
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public JobExit stop() {
      stopped = true;
      exit.complete(STOPPED);
      return exit.join();
    }
  }
}
