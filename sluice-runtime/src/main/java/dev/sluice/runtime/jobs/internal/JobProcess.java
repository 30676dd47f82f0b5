package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.jobs.run.JobExit;
import dev.sluice.core.jobs.run.RunningJob;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A started run: a thread waits for its process, then settles the exit (the error message read from
 * standard error), writes the rest of the log and removes the run's directory, in that order,
 * before anyone learns that the run ended. A stopped run's exit has the kill's exit code and no
 * error message.
 */
public final class JobProcess implements RunningJob {

  /** The run's process as started. */
  public interface Started {

    /** Waits until the process ends (on its own or killed) and answers its exit code. */
    int awaitExit();

    /** Kills the process and everything it started; answers once they are gone. */
    void kill();
  }

  private final JobWork work;
  private final Started started;
  private final CompletableFuture<JobExit> exit = new CompletableFuture<>();
  private volatile boolean stopped;

  private JobProcess(JobWork work, Started started) {
    this.work = work;
    this.started = started;
  }

  /** Watches {@code started} on a thread of its own. */
  public static JobProcess watch(JobWork work, Started started) {
    var process = new JobProcess(work, started);
    Thread.ofPlatform()
        .daemon()
        .name("glue-job-" + work.launch().run().id())
        .start(process::waitForExit);
    return process;
  }

  @Override
  public JobExit await(Duration wait) throws InterruptedException {
    try {
      return exit.get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException("watching the job run failed", e.getCause());
    }
  }

  @Override
  public JobExit stop() {
    if (!exit.isDone()) {
      stopped = true;
      work.log().note("Sluice: stopping the job run");
      started.kill();
    }
    return exit.join();
  }

  private void waitForExit() {
    try {
      var code = started.awaitExit();
      var result =
          stopped || code == 0 ? new JobExit(code, null) : new JobExit(code, errorMessage(code));
      work.close();
      exit.complete(result);
    } catch (RuntimeException | Error e) {
      work.close();
      exit.completeExceptionally(e);
      throw e;
    }
  }

  private String errorMessage(int code) {
    var message = work.log().errorMessage(code);
    work.log().note("Sluice: the job run failed: " + message);
    return message;
  }
}
