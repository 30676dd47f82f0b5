package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.definition.ObjectKind;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Moves an activity instance on. Waiting on dependencies: its {@code dependsOn} activities' and its
 * {@code input} data nodes' instances of the same period must have FINISHED and its preconditions
 * must hold, then its first attempt starts (a failed dependency cascades or keeps it waiting).
 * Waiting to retry: the next attempt starts once {@code retryDelay} has passed since the last one
 * ended. Running on a task runner: the attempt times out when the runner falls silent.
 */
public final class ActivitySteps {
  private ActivitySteps() {}

  /** True when the instance changed. */
  public static boolean step(Plan plan, PlanInput input, RunObject instance) {
    return switch (instance.status()) {
      case Status.WAITING_ON_DEPENDENCIES -> waiting(plan, input, instance);
      case Status.WAITING_FOR_RUNNER, Status.RUNNING -> running(plan, input, instance);
      default -> false;
    };
  }

  private static boolean waiting(Plan plan, PlanInput input, RunObject instance) {
    var definition = input.definition();
    var component = definition.object(instance.componentId()).orElseThrow();
    var start = RunObjects.periodStart(instance);
    var view = plan.view();
    var dependencies = new ArrayList<Optional<RunObject>>();
    for (var dependency : definition.refs(component, "dependsOn")) {
      dependencies.add(view.current(dependency.id(), start));
    }
    for (var node : definition.refs(component, "input")) {
      if (node.kind() == ObjectKind.DATA_NODE) {
        dependencies.add(view.instance(node.id(), start));
      }
    }
    var failed =
        dependencies.stream()
            .flatMap(Optional::stream)
            .filter(d -> Status.failure(d.status()))
            .findFirst();
    if (failed.isPresent()) {
      return Cascades.cascade(plan, input, instance, failed.get());
    }
    boolean ready =
        dependencies.stream()
            .allMatch(d -> d.filter(o -> Status.FINISHED.equals(o.status())).isPresent());
    if (!ready) {
      return false;
    }
    return switch (PreconditionGate.pass(plan, input, instance)) {
      case HELD -> {
        AttemptStarts.start(plan, input, view.get(instance.id()).orElseThrow());
        yield true;
      }
      case FAILED -> true;
      case WAITING -> false;
    };
  }

  private static boolean running(Plan plan, PlanInput input, RunObject instance) {
    var head = plan.view().headAttempt(instance);
    if (head.isEmpty()) {
      return false;
    }
    var attempt = head.get();
    if (Status.failure(attempt.status())) {
      var delay = input.definition().settings(instance.componentId()).retryDelay();
      var ended = RunObjects.time(attempt, RunObjects.ACTUAL_END).orElse(plan.now());
      if (plan.now().isBefore(ended.plus(delay))) {
        return false;
      }
      AttemptStarts.start(plan, input, instance);
      return true;
    }
    if (Status.RUNNING.equals(attempt.status()) && attempt.workerGroup() != null) {
      return Timeouts.check(plan, input, attempt);
    }
    return false;
  }
}
