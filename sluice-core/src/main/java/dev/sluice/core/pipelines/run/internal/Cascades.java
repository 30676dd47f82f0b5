package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;

/**
 * Failure cascades ({@code failureAndRerunMode: cascade}): a waiting instance whose dependency
 * failed or was canceled becomes CASCADE_FAILED ({@code @cascadeFailedOn} names the dependency) and
 * runs its {@code onFail}. With the default mode ({@code none}) it keeps waiting.
 */
public final class Cascades {
  private Cascades() {}

  /** True when the instance cascaded. */
  public static boolean cascade(Plan plan, PlanInput input, RunObject instance, RunObject failed) {
    if (!input.definition().settings(instance.componentId()).cascade()) {
      return false;
    }
    var now = plan.now();
    var view = plan.view();
    view.headAttempt(instance)
        .filter(attempt -> !Status.ended(attempt.status()))
        .ifPresent(attempt -> view.put(RunObjects.withStatus(attempt, Status.CANCELED, now)));
    view.put(
        RunObjects.edit(
            instance,
            Status.CASCADE_FAILED,
            f ->
                f.setRef(RunObjects.CASCADE_FAILED_ON, failed.id())
                    .set(RunObjects.ACTUAL_END, RunTimes.format(now)),
            now));
    Alarms.fire(plan, input, view.get(instance.id()).orElseThrow(), "onFail");
    return true;
  }
}
