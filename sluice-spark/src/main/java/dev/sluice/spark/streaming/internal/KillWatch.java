package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.process.PipedProcess;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;

/**
 * Kills a task's process when Spark kills the task (a failed job cancels its other tasks): a task
 * blocked reading a silent process would otherwise never notice.
 */
final class KillWatch implements AutoCloseable {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("sluice-kill-watch").unstarted(r));

  private final ScheduledFuture<?> check;

  private KillWatch(ScheduledFuture<?> check) {
    this.check = check;
  }

  static KillWatch of(PipedProcess process) {
    TaskContext context = TaskContext.get();
    if (context == null) {
      return new KillWatch(null);
    }
    return new KillWatch(
        TIMER.scheduleWithFixedDelay(
            () -> {
              if (context.isInterrupted() || context.isCompleted()) {
                process.destroy();
              }
            },
            200,
            200,
            TimeUnit.MILLISECONDS));
  }

  /** Throws Spark's TaskKilledException if the task was killed. */
  static void throwIfKilled() {
    TaskContext context = TaskContext.get();
    if (context != null) {
      context.killTaskIfInterrupted();
    }
  }

  @Override
  public void close() {
    if (check != null) {
      check.cancel(false);
    }
  }
}
