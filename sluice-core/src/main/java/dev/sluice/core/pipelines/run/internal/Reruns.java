package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;

/**
 * SetStatus RERUN of one instance: it waits on its dependencies again with fresh tries (its next
 * attempt continues the numbering), its resource of the same period waits again if it had ended,
 * and the instances that cascade-failed on it rerun too. An instance whose attempt is still under
 * way is left alone.
 */
public final class Reruns {
  private Reruns() {}

  public static void rerun(Plan plan, RunObject instance) {
    var view = plan.view();
    var head = view.headAttempt(instance);
    if (head.isPresent() && !Status.ended(head.get().status())) {
      return;
    }
    view.put(reset(plan, instance));
    var start = RunObjects.periodStart(instance);
    RunObjects.fields(instance)
        .ref("runsOn")
        .flatMap(view::get)
        .filter(r -> Status.ended(r.status()))
        .filter(r -> RunObjects.periodStart(r).equals(start))
        .ifPresent(r -> view.put(reset(plan, r)));
    for (var other : view.instances()) {
      boolean cascaded =
          Status.CASCADE_FAILED.equals(other.status())
              && RunObjects.fields(other)
                  .ref(RunObjects.CASCADE_FAILED_ON)
                  .filter(instance.id()::equals)
                  .isPresent();
      if (cascaded) {
        rerun(plan, other);
      }
    }
  }

  private static RunObject reset(Plan plan, RunObject instance) {
    return RunObjects.edit(
        instance,
        Status.WAITING_ON_DEPENDENCIES,
        f ->
            f.remove(
                RunObjects.ACTUAL_START,
                RunObjects.ACTUAL_END,
                RunObjects.ERROR_ID,
                RunObjects.ERROR_MESSAGE,
                RunObjects.ERROR_STACK_TRACE,
                RunObjects.CASCADE_FAILED_ON,
                RunObjects.TRIES_LEFT,
                RunObjects.CANCELLATION_REASON),
        plan.now());
  }
}
