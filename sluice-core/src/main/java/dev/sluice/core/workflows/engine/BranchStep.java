package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Interpreter;
import dev.sluice.asl.ResultWrite;
import dev.sluice.asl.State;
import dev.sluice.asl.StateMachine;
import dev.sluice.asl.Step;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.HistoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * A Parallel or Map state: starts one child scope per branch or item, runs them concurrently (Map:
 * at most MaxConcurrency at once), and completes the state with their outputs in order, or fails it
 * with the first failure. Children write their own frames, so after a restart finished children are
 * not run again.
 */
final class BranchStep {
  private final ScopeRun scope;
  private final State state;
  private final String kind;

  private final boolean distributed;
  private Integer resolvedLimit;
  private final Map<Integer, Instant> started = new ConcurrentHashMap<>();
  private final Map<Integer, Instant> stopped = new ConcurrentHashMap<>();
  private String mapRunArn;
  private final Map<Integer, ScopeRun> childRuns = new ConcurrentHashMap<>();
  private final List<String> aborted = new java.util.concurrent.CopyOnWriteArrayList<>();

  BranchStep(ScopeRun scope, State state) {
    this.scope = scope;
    this.state = state;
    this.kind = state instanceof State.Parallel ? "Parallel" : "Map";
    this.distributed = state instanceof State.MapState && MapRuns.distributed(scope.machine, state);
  }

  Outcome run(List<HistoryEvent> events) {
    Position position = scope.position;
    if (position.phase() == Phase.RETRY && position.due() != null) {
      scope.sleepUntil(position.due());
    }
    Step step =
        Interpreter.next(scope.machine, state.name(), position.input(), scope.context(0, null));
    boolean read = step instanceof Step.ReadItems;
    if (step instanceof Step.ReadItems items) {
      step = ItemReading.items(scope, state, items.read());
      if (ItemReading.readFailed(step)) {
        return readFailed((Step.Failed) step, events);
      }
    }
    List<Child> children =
        switch (step) {
          case Step.RunBranches run -> {
            List<Child> list = new ArrayList<>();
            for (int i = 0; i < run.branches().size(); i++) {
              list.add(new Child(run.branches().get(i), run.input(), i));
            }
            yield list;
          }
          case Step.RunItems run -> {
            resolvedLimit = run.maxConcurrency();
            List<Child> list = new ArrayList<>();
            for (int i = 0; i < run.items().size(); i++) {
              list.add(new Child(run.processor(), run.items().get(i), i));
            }
            yield list;
          }
          default -> null;
        };
    if (children == null) {
      if (step instanceof Step.Failed failed && FailureTexts.afterMapStarted(failed.cause())) {
        ObjectNode details = Json.object();
        details.put("length", ItemCount.of((State.MapState) state, position.input()));
        scope.event(events, "MapStateStarted", "mapStateStartedEventDetails", details);
      }
      return scope.after(state, step, events);
    }
    Map<String, ExecutionFrame> existing = scope.run.frames(prefix());
    boolean fresh = !events.isEmpty() || position.phase() == Phase.RETRY;
    if (fresh) {
      start(children, read ? 0 : children.size(), events);
      events = new ArrayList<>();
    }
    List<Outcome> outcomes = runAll(children, fresh ? Map.of() : existing);
    return finish(children, outcomes, events);
  }

  /** The ItemReader failed: the map run starts and fails before any child runs. */
  private Outcome readFailed(Step.Failed failed, List<HistoryEvent> events) {
    mapStarted(0, events);
    if (distributed) {
      scope.event(
          events,
          "MapRunFailed",
          "mapRunFailedEventDetails",
          Events.failure(failed.error(), failed.cause()));
    }
    return scope.fail(state, failed.error(), failed.cause(), events, "MapStateFailed");
  }

  private void mapStarted(int length, List<HistoryEvent> events) {
    ObjectNode details = Json.object();
    details.put("length", length);
    scope.event(events, "MapStateStarted", "mapStateStartedEventDetails", details);
    if (distributed) {
      ObjectNode run = Json.object();
      mapRunArn = MapRuns.arn(scope.run.record(), state);
      run.put("mapRunArn", mapRunArn);
      scope.event(events, "MapRunStarted", "mapRunStartedEventDetails", run);
    }
  }

  private void start(List<Child> children, int length, List<HistoryEvent> events) {
    List<ExecutionFrame> frames = new ArrayList<>();
    if (kind.equals("Parallel")) {
      HistoryEvent started = scope.event(events, "ParallelStateStarted", null, null);
      for (Child child : children) {
        frames.add(
            Position.enter(
                    child.machine.startAt(), child.input, scope.position.variables(), started.id())
                .frame(childScope(child)));
      }
    } else {
      mapStarted(length, events);
    }
    frames.add(scope.position.frame(scope.scope));
    scope.commit(events, frames, List.of());
  }

  private List<Outcome> runAll(List<Child> children, Map<String, ExecutionFrame> existing) {
    int limit = concurrency(children.size());
    Semaphore permits = new Semaphore(limit);
    List<CompletableFuture<Outcome>> futures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    CompletableFuture<Outcome> firstFailure = new CompletableFuture<>();
    // Children start in index order (each waits until the one before it has started, and so
    // recorded its MapIterationStarted), as AWS's histories show them, whatever the scheduling.
    CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
    for (Child child : children) {
      CompletableFuture<Outcome> future = new CompletableFuture<>();
      futures.add(future);
      CompletableFuture<Void> before = previous;
      CompletableFuture<Void> turn = new CompletableFuture<>();
      previous = turn;
      threads.add(
          scope.run.spawn(
              () -> {
                try {
                  before.get();
                  permits.acquire();
                  try {
                    if (firstFailure.isDone()) {
                      // a sibling failed while this one waited for its turn: it never starts
                      future.cancel(false);
                      return;
                    }
                    Outcome outcome =
                        runChild(child, existing.get(childScope(child)), () -> turn.complete(null));
                    future.complete(outcome);
                    if (outcome.failed()) {
                      firstFailure.complete(outcome);
                    }
                  } finally {
                    permits.release();
                  }
                } catch (InterruptedException | RunEnded | ExecutionException e) {
                  future.cancel(false);
                } catch (RuntimeException e) {
                  future.completeExceptionally(e);
                } finally {
                  turn.complete(null);
                }
              }));
    }
    CompletableFuture<Void> all =
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new));
    try {
      CompletableFuture.anyOf(all, firstFailure).get();
    } catch (InterruptedException e) {
      threads.forEach(Thread::interrupt);
      throw new RunEnded();
    } catch (java.util.concurrent.ExecutionException e) {
      // a child crashed or was cancelled: looked at below
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (CompletableFuture<Outcome> future : futures) {
      if (future.isDone() && !future.isCompletedExceptionally()) {
        Outcome outcome = future.join();
        outcomes.add(outcome);
        if (outcome.failed()) {
          abortOthers(threads, futures);
          return outcomes;
        }
      } else if (future.isDone() && !future.isCancelled()) {
        threads.forEach(Thread::interrupt);
        throw new IllegalStateException("a branch crashed", future.exceptionNow());
      } else if (firstFailure.isDone()) {
        continue;
      } else {
        threads.forEach(Thread::interrupt);
        throw new RunEnded();
      }
    }
    if (firstFailure.isDone()) {
      outcomes.add(firstFailure.join());
      abortOthers(threads, futures);
    }
    return outcomes;
  }

  /**
   * Stops the other children after one failed; those that had entered a state record it as aborted
   * ({@code TaskStateAborted}, ...), as AWS records them.
   */
  private void abortOthers(List<Thread> threads, List<CompletableFuture<Outcome>> futures) {
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(java.time.Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunEnded();
      }
    }
    for (int i = 0; i < futures.size(); i++) {
      ScopeRun child = childRuns.get(i);
      if (child != null && futures.get(i).isCancelled()) {
        Phase phase = child.position.phase();
        if (phase == Phase.ACTIVE || phase == Phase.RETRY) {
          aborted.add(Events.kind(child.machine.state(child.position.state())) + "StateAborted");
        }
      }
    }
  }

  /** Runs one child; {@code onStarted} once it has started (its start recorded). */
  private Outcome runChild(Child child, ExecutionFrame frame, Runnable onStarted) {
    String name = childScope(child);
    Position position;
    if (frame != null) {
      position = Position.of(frame);
      if (position.phase() == Phase.DONE) {
        return position.error() != null || position.result() == null
            ? Outcome.failure(position.error(), position.cause(), List.of(), position.last())
            : Outcome.success(position.result(), List.of(), position.last());
      }
    } else if (kind.equals("Map") && !distributed) {
      List<HistoryEvent> events = new ArrayList<>();
      HistoryEvent started =
          Events.of(
              scope.nextId(),
              0,
              scope.now(),
              "MapIterationStarted",
              "mapIterationStartedEventDetails",
              iteration(child));
      events.add(started);
      position =
          Position.enter(
              child.machine.startAt(), child.input, scope.position.variables(), started.id());
      scope.commit(events, List.of(position.frame(name)), List.of());
    } else {
      position =
          Position.enter(child.machine.startAt(), child.input, scope.position.variables(), 0);
    }
    onStarted.run();
    ScopeRun childRun =
        new ScopeRun(scope.machinery, scope.run, child.machine, name, position, distributed);
    childRuns.put(child.index, childRun);
    started.put(child.index, scope.now());
    Outcome outcome = childRun.run();
    stopped.put(child.index, scope.now());
    List<HistoryEvent> events =
        distributed ? new ArrayList<>() : new ArrayList<>(outcome.pending());
    if (kind.equals("Map") && !distributed) {
      String type = outcome.failed() ? "MapIterationFailed" : "MapIterationSucceeded";
      String key =
          outcome.failed() ? "mapIterationFailedEventDetails" : "mapIterationSucceededEventDetails";
      events.add(
          Events.of(scope.nextId(), outcome.last(), scope.now(), type, key, iteration(child)));
    }
    long last = events.isEmpty() ? outcome.last() : events.get(events.size() - 1).id();
    Position done =
        childRun.position.done(outcome.output(), outcome.error(), outcome.cause(), last);
    scope.commit(events, List.of(done.frame(name)), List.of());
    return outcome.failed()
        ? Outcome.failure(outcome.error(), outcome.cause(), List.of(), last)
        : Outcome.success(outcome.output(), List.of(), last);
  }

  private ObjectNode iteration(Child child) {
    ObjectNode details = Json.object();
    details.put("name", state.name());
    details.put("index", child.index);
    return details;
  }

  private Outcome finish(List<Child> children, List<Outcome> outcomes, List<HistoryEvent> events) {
    List<String> dropped = children.stream().map(this::childScope).toList();
    Outcome failure = outcomes.stream().filter(Outcome::failed).findFirst().orElse(null);
    if (failure != null) {
      for (String type : aborted) {
        scope.event(events, type, null, null);
      }
      if (distributed) {
        scope.event(
            events,
            "MapRunFailed",
            "mapRunFailedEventDetails",
            Events.failure(failure.error(), failure.cause()));
      }
      scope.run.forget(dropped);
      return scope.fail(state, failure.error(), failure.cause(), events, kind + "StateFailed");
    }
    ArrayNode results = Json.MAPPER.createArrayNode();
    outcomes.forEach(o -> results.add(o.output()));
    JsonNode result = results;
    ResultWrite write =
        Interpreter.resultWrite(
            scope.machine, state.name(), scope.position.input(), scope.context(0, null));
    if (write != null) {
      ResultWriting.Written written = writeResults(write, children, outcomes);
      if (written.output() == null) {
        String error = ResultWriting.RESULT_WRITER_FAILED;
        scope.event(
            events,
            "MapRunFailed",
            "mapRunFailedEventDetails",
            Events.failure(error, written.cause()));
        scope.run.forget(dropped);
        return scope.fail(state, error, written.cause(), events, "MapStateFailed");
      }
      result = written.output();
    }
    if (distributed) {
      scope.event(events, "MapRunSucceeded", null, null);
    }
    scope.event(events, kind + "StateSucceeded", null, null);
    scope.run.forget(dropped);
    Step step =
        Interpreter.complete(
            scope.machine, state.name(), scope.position.input(), result, scope.context(0, null));
    return scope.after(state, step, events);
  }

  private ResultWriting.Written writeResults(
      ResultWrite write, List<Child> children, List<Outcome> outcomes) {
    String arn = mapRunArn != null ? mapRunArn : MapRuns.arn(scope.run.record(), state);
    List<ResultWriting.Ran> ran = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Instant now = scope.now();
      ran.add(
          new ResultWriting.Ran(
              children.get(i).input,
              outcomes.get(i),
              started.getOrDefault(i, now),
              stopped.getOrDefault(i, now)));
    }
    return ResultWriting.write(scope, write, arn, ran);
  }

  private int concurrency(int size) {
    Integer max =
        resolvedLimit != null
            ? resolvedLimit
            : state instanceof State.MapState map ? map.maxConcurrency() : null;
    return max == null || max <= 0 ? Math.max(1, size) : max;
  }

  private String prefix() {
    return scope.scope + "/" + scope.position.entered() + "." + attempt() + ".";
  }

  private int attempt() {
    return scope.position.attempts().stream().mapToInt(Integer::intValue).sum();
  }

  private String childScope(Child child) {
    return prefix() + child.index;
  }

  private record Child(StateMachine machine, JsonNode input, int index) {}
}
