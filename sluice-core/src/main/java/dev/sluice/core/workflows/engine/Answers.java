package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.time.Clock;
import dev.sluice.core.time.Timers;
import dev.sluice.core.workflows.TaskCallback;
import dev.sluice.core.workflows.WorkflowStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Workers' answers to task tokens and activity tasks. An answer is stored first, then the waiting
 * thread on this node is woken; waiters also re-read the store every second, so an answer given on
 * another node (or before a restart) is found too. Heartbeats restart the heartbeat clock.
 */
final class Answers {
  private static final Duration RECHECK = Duration.ofSeconds(1);

  private final WorkflowStore store;
  private final Clock clock;
  private final Timers timers;
  private final Map<String, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
  private final Map<String, Instant> heartbeats = new ConcurrentHashMap<>();

  Answers(WorkflowStore store, Clock clock, Timers timers) {
    this.store = store;
    this.clock = clock;
    this.timers = timers;
  }

  /** Wakes the thread waiting on {@code token} (the answer is already stored). */
  void answered(String token, String outcome) {
    CompletableFuture<String> waiter = waiting.get(token);
    if (waiter != null) {
      waiter.complete(outcome);
    }
  }

  /** Records a heartbeat: the heartbeat timeout counts again from now. */
  void heartbeat(String token) {
    heartbeats.put(token, clock.now());
  }

  /**
   * Waits for the answer to {@code token}: the stored outcome JSON, or a timed-out outcome when
   * {@code timeoutSeconds} or {@code heartbeatSeconds} pass first.
   */
  TaskOutcome await(
      String token, Instant scheduled, Integer timeoutSeconds, Integer heartbeatSeconds)
      throws InterruptedException {
    CompletableFuture<String> answer =
        waiting.computeIfAbsent(token, t -> new CompletableFuture<>());
    heartbeats.putIfAbsent(token, scheduled);
    try {
      while (true) {
        Optional<String> stored = store.findCallback(token).map(TaskCallback::outcome);
        if (stored.isPresent()) {
          return outcome(stored.get());
        }
        Instant now = clock.now();
        if (timeoutSeconds != null && !now.isBefore(scheduled.plusSeconds(timeoutSeconds))) {
          return new TaskOutcome.Failed("States.Timeout", null);
        }
        if (heartbeatSeconds != null
            && !now.isBefore(heartbeats.get(token).plusSeconds(heartbeatSeconds))) {
          return new TaskOutcome.Failed("States.HeartbeatTimeout", null);
        }
        CompletableFuture<Void> tick = timers.at(now.plus(RECHECK));
        try {
          CompletableFuture.anyOf(answer, tick).get(RECHECK.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException ignored) {
          // re-read the store
        } finally {
          tick.cancel(false);
        }
        if (answer.isDone()) {
          return outcome(answer.join());
        }
      }
    } finally {
      waiting.remove(token);
      heartbeats.remove(token);
    }
  }

  private static TaskOutcome outcome(String stored) {
    JsonNode answer = Json.read(stored);
    if (answer.has("output")) {
      return new TaskOutcome.Done(Json.read(answer.get("output").asText()));
    }
    return new TaskOutcome.Failed(
        answer.hasNonNull("error") ? answer.get("error").asText() : null,
        answer.hasNonNull("cause") ? answer.get("cause").asText() : null);
  }
}
