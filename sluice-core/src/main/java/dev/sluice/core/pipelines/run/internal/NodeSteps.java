package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.util.List;
import java.util.Optional;

/**
 * Moves a data node instance on: once the activities writing it ({@code output}) in the same period
 * have FINISHED and its preconditions hold, it is FINISHED (and runs {@code onSuccess}); a failed
 * writer cascades or keeps it waiting.
 */
public final class NodeSteps {
  private NodeSteps() {}

  /** True when the instance changed. */
  public static boolean step(Plan plan, PlanInput input, RunObject instance) {
    if (!Status.WAITING_ON_DEPENDENCIES.equals(instance.status())) {
      return false;
    }
    var start = RunObjects.periodStart(instance);
    List<RunObject> writers =
        input.definition().activities().stream()
            .filter(a -> a.refs("output").contains(instance.componentId()))
            .map(a -> plan.view().instance(a.id(), start))
            .flatMap(Optional::stream)
            .toList();
    var failed = writers.stream().filter(w -> Status.failure(w.status())).findFirst();
    if (failed.isPresent()) {
      return Cascades.cascade(plan, input, instance, failed.get());
    }
    if (!writers.stream().allMatch(w -> Status.FINISHED.equals(w.status()))) {
      return false;
    }
    return switch (PreconditionGate.pass(plan, input, instance)) {
      case HELD -> {
        finish(plan, input, plan.view().get(instance.id()).orElseThrow());
        yield true;
      }
      case FAILED -> true;
      case WAITING -> false;
    };
  }

  private static void finish(Plan plan, PlanInput input, RunObject instance) {
    var at = RunTimes.format(plan.now());
    var started = RunObjects.text(instance, RunObjects.ACTUAL_START).orElse(at);
    plan.view()
        .put(
            RunObjects.edit(
                instance,
                Status.FINISHED,
                f -> f.set(RunObjects.ACTUAL_START, started).set(RunObjects.ACTUAL_END, at),
                plan.now()));
    Alarms.fire(plan, input, plan.view().get(instance.id()).orElseThrow(), "onSuccess");
  }
}
