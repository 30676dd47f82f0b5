package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;

/** Cancels an instance that has not ended, and its attempt if that has not ended either. */
public final class Cancellation {
  private Cancellation() {}

  public static void cancel(Plan plan, RunObject instance, String reason) {
    if (Status.ended(instance.status())) {
      return;
    }
    var view = plan.view();
    var now = plan.now();
    view.headAttempt(instance)
        .filter(attempt -> !Status.ended(attempt.status()))
        .ifPresent(
            attempt -> {
              view.put(ended(attempt, reason, plan));
              plan.canceledAttempt(attempt.id());
            });
    view.put(ended(instance, reason, plan));
    if (RunObjects.time(instance, RunObjects.ACTUAL_START).isEmpty()) {
      view.put(
          RunObjects.edit(
              view.get(instance.id()).orElseThrow(),
              f -> f.set(RunObjects.ACTUAL_START, RunTimes.format(now)),
              now));
    }
  }

  private static RunObject ended(RunObject object, String reason, Plan plan) {
    var now = plan.now();
    return RunObjects.edit(
        object,
        Status.CANCELED,
        f ->
            f.set(RunObjects.ACTUAL_END, RunTimes.format(now))
                .set(RunObjects.CANCELLATION_REASON, reason),
        now);
  }
}
