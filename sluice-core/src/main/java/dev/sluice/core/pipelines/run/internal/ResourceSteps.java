package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.definition.ObjectKind;
import java.util.List;
import java.util.Optional;

/**
 * Resource instances (EmrCluster, Ec2Resource) mirror the activities that run on them in their
 * period: RUNNING once one has started, FINISHED when all have ended. Sluice starts no cluster; the
 * resource's fields are the settings its activities' work runs with.
 */
public final class ResourceSteps {
  private ResourceSteps() {}

  public static void update(Plan plan, PlanInput input) {
    var definition = input.definition();
    for (var resource : plan.view().instances()) {
      if (Status.ended(resource.status())
          || definition.kind(resource.componentId()) != ObjectKind.RESOURCE) {
        continue;
      }
      var start = RunObjects.periodStart(resource);
      List<RunObject> users =
          definition.activities().stream()
              .filter(a -> a.refs("runsOn").contains(resource.componentId()))
              .map(a -> plan.view().instance(a.id(), start))
              .flatMap(Optional::stream)
              .toList();
      if (users.isEmpty()) {
        continue;
      }
      if (users.stream().allMatch(u -> Status.ended(u.status()))) {
        move(plan, resource, Status.FINISHED);
      } else if (users.stream().anyMatch(u -> plan.view().headAttempt(u).isPresent())
          && !Status.RUNNING.equals(resource.status())) {
        move(plan, resource, Status.RUNNING);
      }
    }
  }

  private static void move(Plan plan, RunObject resource, String status) {
    var at = RunTimes.format(plan.now());
    var started = RunObjects.text(resource, RunObjects.ACTUAL_START).orElse(at);
    plan.view()
        .put(
            RunObjects.edit(
                resource,
                status,
                f -> {
                  var fields = f.set(RunObjects.ACTUAL_START, started);
                  return Status.ended(status) ? fields.set(RunObjects.ACTUAL_END, at) : fields;
                },
                plan.now()));
  }
}
