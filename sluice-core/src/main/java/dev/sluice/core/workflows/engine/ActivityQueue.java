package dev.sluice.core.workflows.engine;

import dev.sluice.core.time.Clock;
import dev.sluice.core.time.Timers;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * GetActivityTask's long poll: takes the oldest waiting task from the store, else waits until a
 * task is scheduled on this node (or a second passes, for other nodes') and tries again.
 */
final class ActivityQueue {
  private final WorkflowStore store;
  private final Clock clock;
  private final Timers timers;
  private final AtomicReference<CompletableFuture<Void>> arrival =
      new AtomicReference<>(new CompletableFuture<>());

  ActivityQueue(WorkflowStore store, Clock clock, Timers timers) {
    this.store = store;
    this.clock = clock;
    this.timers = timers;
  }

  void signal() {
    arrival.getAndSet(new CompletableFuture<>()).complete(null);
  }

  Optional<TaskCallback> take(String activityArn, String worker, Duration wait) {
    Instant deadline = clock.now().plus(wait);
    while (true) {
      CompletableFuture<Void> next = arrival.get();
      Optional<TaskCallback> task = store.takeActivityTask(activityArn, worker);
      if (task.isPresent() || !clock.now().isBefore(deadline)) {
        return task;
      }
      CompletableFuture<Void> due = timers.at(deadline);
      try {
        CompletableFuture.anyOf(next, due).get(1, TimeUnit.SECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
        // poll the store again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } finally {
        due.cancel(false);
      }
    }
  }
}
