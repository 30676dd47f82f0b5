package dev.sluice.core.pipelines.run.internal;

/**
 * The late check of one instance, when its wake comes ({@code lateAfterTimeout} after its scheduled
 * start): an instance that has not ended by then runs its {@code onLateAction}s, once.
 */
public final class LateChecks {
  private LateChecks() {}

  public static void check(Plan plan, PlanInput input) {
    var wake = input.wake();
    if (!Wake.LATE.equals(wake.reason()) || wake.objectId() == null) {
      return;
    }
    plan.view()
        .get(wake.objectId())
        .filter(instance -> !Status.ended(instance.status()))
        .ifPresent(instance -> Alarms.fire(plan, input, instance, "onLateAction"));
  }
}
