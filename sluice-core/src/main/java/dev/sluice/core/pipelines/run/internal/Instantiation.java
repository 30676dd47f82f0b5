package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.definition.ObjectKind;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.schedule.Period;

/**
 * Makes the instances of every due period of every activity, and, for the same period, of the data
 * nodes it reads and writes and of the resource it runs on (one instance each, shared by the
 * activities of that period). An instance whose component has a {@code lateAfterTimeout} (on a
 * schedule other than on-demand) gets a wake for its late check.
 */
public final class Instantiation {
  private Instantiation() {}

  public static void instantiate(Plan plan, PlanInput input) {
    var definition = input.definition();
    for (var activity : definition.activities()) {
      var schedule = input.schedules().get(activity.id());
      if (schedule == null) {
        continue;
      }
      for (var period : schedule.due(plan.now())) {
        ensure(plan, input, activity, period, schedule.onDemand());
        for (var key : new String[] {"input", "output"}) {
          definition.refs(activity, key).stream()
              .filter(o -> o.kind() == ObjectKind.DATA_NODE)
              .forEach(node -> ensure(plan, input, node, period, schedule.onDemand()));
        }
        definition.refs(activity, "runsOn").stream()
            .filter(o -> o.kind() == ObjectKind.RESOURCE)
            .forEach(resource -> ensure(plan, input, resource, period, schedule.onDemand()));
      }
    }
  }

  private static void ensure(
      Plan plan, PlanInput input, ResolvedObject component, Period period, boolean onDemand) {
    var view = plan.view();
    if (view.instance(component.id(), period.start()).isPresent()) {
      return;
    }
    var instance =
        Instances.instance(plan.pipeline(), view.generation(), component, period, plan.now());
    view.put(instance);
    var late = input.definition().settings(component.id()).lateAfterTimeout();
    if (late.isPresent() && !onDemand && !component.refs("onLateAction").isEmpty()) {
      plan.wakeAt(instance.id(), Wake.LATE, period.start().plus(late.get()));
    }
  }
}
