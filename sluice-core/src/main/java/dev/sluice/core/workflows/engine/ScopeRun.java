package dev.sluice.core.workflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.Context;
import dev.sluice.asl.Interpreter;
import dev.sluice.asl.Recovery;
import dev.sluice.asl.State;
import dev.sluice.asl.StateMachine;
import dev.sluice.asl.Step;
import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scope of an execution (the machine itself, a Parallel branch or a Map iteration) from
 * its stored {@link Position} to its end, writing each transition before taking the next.
 */
final class ScopeRun {
  private static final String EVALUATION_ERROR = "States.QueryEvaluationError";

  final Machinery machinery;
  final Run run;
  final StateMachine machine;
  final String scope;
  Position position;

  /** A Distributed Map's iterations are child executions: their events stay out of this history. */
  final boolean quiet;

  private final java.util.concurrent.atomic.AtomicLong quietIds =
      new java.util.concurrent.atomic.AtomicLong();

  ScopeRun(Machinery machinery, Run run, StateMachine machine, String scope, Position position) {
    this(machinery, run, machine, scope, position, false);
  }

  ScopeRun(
      Machinery machinery,
      Run run,
      StateMachine machine,
      String scope,
      Position position,
      boolean quiet) {
    this.machinery = machinery;
    this.run = run;
    this.machine = machine;
    this.scope = scope;
    this.position = position;
    this.quiet = quiet;
    if (quiet) {
      quietIds.set(position.last());
    }
  }

  /** The next event id of this scope's history. */
  long nextId() {
    return quiet ? quietIds.incrementAndGet() : run.nextId();
  }

  /** Writes a step of this scope (without its events when the scope is quiet). */
  void commit(List<HistoryEvent> events, List<ExecutionFrame> frames, List<String> dropped) {
    run.commit(quiet ? List.of() : events, frames, dropped);
  }

  /** Writes a step that also stores callbacks. */
  void commit(Progress progress) {
    run.commit(
        quiet
            ? new Progress(
                progress.executionArn(),
                List.of(),
                progress.frames(),
                progress.dropped(),
                progress.callbacks(),
                progress.record())
            : progress);
  }

  /** Runs to the scope's end; the returned outcome's pending events are not written yet. */
  Outcome run() {
    while (true) {
      State state = machine.state(position.state());
      List<HistoryEvent> events = new ArrayList<>();
      if (position.phase() == Phase.ENTER) {
        long id = nextId();
        events.add(
            Events.of(
                id,
                position.last(),
                now(),
                Events.kind(state) + "StateEntered",
                "stateEnteredEventDetails",
                Events.entered(state.name(), position.input())));
        position = position.active(id, null, null, id);
      }
      Outcome end = step(state, events);
      if (end != null) {
        return end;
      }
    }
  }

  private Outcome step(State state, List<HistoryEvent> events) {
    return switch (state) {
      case State.Task task -> new TaskStep(this, task).run(events);
      case State.Parallel parallel -> new BranchStep(this, parallel).run(events);
      case State.MapState map -> new BranchStep(this, map).run(events);
      default ->
          after(
              state,
              Interpreter.next(machine, state.name(), position.input(), context(0, null)),
              events);
    };
  }

  /**
   * Takes {@code step}, the result of running {@code state}: moves on, waits, or ends the scope.
   */
  Outcome after(State state, Step step, List<HistoryEvent> events) {
    return switch (step) {
      case Step.Next next when PayloadLimit.exceeded(next.output()) ->
          fail(state, PayloadLimit.ERROR, PayloadLimit.cause(state.name()), events);
      case Step.Succeeded succeeded when PayloadLimit.exceeded(succeeded.output()) ->
          fail(state, PayloadLimit.ERROR, PayloadLimit.cause(state.name()), events);
      case Step.Next next -> {
        events.add(exited(state, next.output(), next.assigned()));
        assign(next.assigned());
        move(events, next.state(), next.output());
        yield null;
      }
      case Step.Succeeded succeeded -> {
        if (!(state instanceof State.Fail)) {
          events.add(exited(state, succeeded.output(), succeeded.assigned()));
        }
        yield Outcome.success(succeeded.output(), events, lastOf(events));
      }
      case Step.Failed failed -> fail(state, failed.error(), failed.cause(), events);
      case Step.WaitFor wait -> waitThen(state, wait, events);
      default -> throw new IllegalStateException(state.name() + " cannot hand back " + step);
    };
  }

  /** The state failed with {@code error}: retried, caught, or the end of the scope. */
  Outcome fail(State state, String error, String cause, List<HistoryEvent> events) {
    return fail(state, error, cause, events, null);
  }

  /**
   * As {@link #fail(State, String, String, List)}; {@code failedEvent} (e.g. MapStateFailed) is
   * recorded unless the state is retried, as AWS records it.
   */
  Outcome fail(
      State state, String error, String cause, List<HistoryEvent> events, String failedEvent) {
    if (state instanceof State.Fail) {
      return Outcome.failure(error, cause, events, lastOf(events));
    }
    if (EVALUATION_ERROR.equals(error)) {
      evaluationFailed(state, error, cause, events);
    }
    Recovery handling =
        Recovery.decide(
            machine,
            state.name(),
            position.input(),
            error,
            cause,
            position.attempts(),
            context(0, null));
    if (failedEvent != null && !(handling instanceof Recovery.Retry)) {
      event(events, failedEvent, null, null);
    }
    if (handling instanceof Recovery.Unhandled && !scope.isEmpty() && state instanceof State.Task) {
      // a branch's task that fails unhandled is recorded as aborted with its branch
      event(events, "TaskStateAborted", null, null);
    }
    return switch (handling) {
      case Recovery.Retry retry -> {
        List<Integer> used = new ArrayList<>(position.attempts());
        while (used.size() <= retry.retrierIndex()) {
          used.add(0);
        }
        used.set(retry.retrierIndex(), used.get(retry.retrierIndex()) + 1);
        Instant due = now().plusMillis(retry.delayMillis());
        position = position.retrying(List.copyOf(used), due, lastOf(events));
        commit(events, List.of(position.frame(scope)), List.of());
        sleepUntil(due);
        yield null;
      }
      case Recovery.Caught caught -> after(state, caught.next(), events);
      case Recovery.Unhandled unhandled ->
          Outcome.failure(
              unhandled.failure().error(), unhandled.failure().cause(), events, lastOf(events));
    };
  }

  /** AWS records a failed expression as EvaluationFailed, and a Map or Parallel as failed too. */
  private void evaluationFailed(
      State state, String error, String cause, List<HistoryEvent> events) {
    ObjectNode details = Events.failure(error, cause);
    String location = FailureTexts.location(cause);
    if (location != null) {
      details.put("location", location);
    }
    details.put("state", state.name());
    event(events, "EvaluationFailed", "evaluationFailedEventDetails", details);
    if (state instanceof State.MapState || state instanceof State.Parallel) {
      event(events, Events.kind(state) + "StateFailed", null, null);
    }
  }

  private Outcome waitThen(State state, Step.WaitFor wait, List<HistoryEvent> events) {
    Instant due = position.due();
    if (due == null) {
      due =
          wait.seconds() != null
              ? now().plusSeconds(wait.seconds())
              : Instant.parse(wait.timestamp());
      position = position.active(position.entered(), due, null, lastOf(events));
      commit(events, List.of(position.frame(scope)), List.of());
      events = new ArrayList<>();
    }
    sleepUntil(due);
    return after(state, wait.then(), events);
  }

  /** Adds what a state assigned to the scope's variables (a new object: frames keep the old). */
  private void assign(ObjectNode assigned) {
    if (assigned == null || assigned.isEmpty()) {
      return;
    }
    ObjectNode variables = position.variables().deepCopy();
    variables.setAll(assigned);
    position =
        new Position(
            position.state(),
            position.input(),
            position.entered(),
            position.phase(),
            position.attempts(),
            position.due(),
            variables,
            position.token(),
            position.submitted(),
            position.result(),
            position.error(),
            position.cause(),
            position.last());
  }

  /** Writes {@code events} and the scope's move to {@code next}. */
  void move(List<HistoryEvent> events, String next, JsonNode input) {
    position = Position.enter(next, input, position.variables(), lastOf(events));
    commit(events, List.of(position.frame(scope)), List.of());
  }

  HistoryEvent exited(State state, JsonNode output, ObjectNode assigned) {
    return Events.of(
        nextId(),
        position.last(),
        now(),
        Events.kind(state) + "StateExited",
        "stateExitedEventDetails",
        Events.exited(state.name(), output, assigned));
  }

  /** Adds an event after the scope's last one and makes it the last. */
  HistoryEvent event(List<HistoryEvent> events, String type, String key, ObjectNode details) {
    HistoryEvent event = Events.of(nextId(), lastOf(events), now(), type, key, details);
    events.add(event);
    position = position.active(position.entered(), position.due(), position.token(), event.id());
    return event;
  }

  long lastOf(List<HistoryEvent> events) {
    return events.isEmpty() ? position.last() : events.get(events.size() - 1).id();
  }

  Context context(int retryCount, String token) {
    return new Context(
        ContextObjects.of(
            run.record(),
            run.synchronous(),
            position.state(),
            now(),
            machine.state(position.state()) instanceof State.Task ? retryCount : null,
            token),
        Entropies.RANDOM,
        position.entered(),
        position.variables());
  }

  Instant now() {
    return machinery.clock().now();
  }

  void sleepUntil(Instant due) {
    try {
      machinery.timers().sleepUntil(due);
    } catch (InterruptedException e) {
      throw new RunEnded();
    }
  }
}
