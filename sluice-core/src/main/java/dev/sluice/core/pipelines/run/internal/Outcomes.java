package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.util.function.UnaryOperator;

/**
 * Records how an attempt ended. A finished attempt finishes its instance (and runs {@code
 * onSuccess}); a failed one is retried after {@code retryDelay} while the instance has tries left
 * ({@code @triesLeft}; the instance waits for its runner meanwhile), else the instance fails with
 * the attempt's error (and runs {@code onFail}).
 */
public final class Outcomes {
  private Outcomes() {}

  public static void end(Plan plan, PlanInput input, RunObject attempt, AttemptEnd end) {
    var view = plan.view();
    var now = plan.now();
    var at = RunTimes.format(now);
    view.put(RunObjects.edit(attempt, end.status(), ended(at, end), now));
    var instance = view.get(attempt.parentId()).orElse(null);
    if (instance == null || Status.ended(instance.status())) {
      return;
    }
    if (end.succeeded()) {
      view.put(
          RunObjects.edit(instance, Status.FINISHED, f -> f.set(RunObjects.ACTUAL_END, at), now));
      Alarms.fire(plan, input, view.get(instance.id()).orElseThrow(), "onSuccess");
      return;
    }
    int triesLeft =
        RunObjects.text(instance, RunObjects.TRIES_LEFT).map(Integer::parseInt).orElse(0);
    if (triesLeft > 0) {
      view.put(RunObjects.withStatus(instance, Status.WAITING_FOR_RUNNER, now));
      plan.advanceAt(now.plus(input.definition().settings(instance.componentId()).retryDelay()));
      return;
    }
    view.put(RunObjects.edit(instance, Status.FAILED, ended(at, end), now));
    Alarms.fire(plan, input, view.get(instance.id()).orElseThrow(), "onFail");
  }

  /** The fields an ended attempt sets: its end time and its error. */
  private static UnaryOperator<FieldList> ended(String at, AttemptEnd end) {
    return f ->
        f.set(RunObjects.ACTUAL_END, at)
            .set(RunObjects.ERROR_ID, end.errorId())
            .set(RunObjects.ERROR_MESSAGE, end.errorMessage())
            .set(RunObjects.ERROR_STACK_TRACE, end.errorStackTrace());
  }
}
