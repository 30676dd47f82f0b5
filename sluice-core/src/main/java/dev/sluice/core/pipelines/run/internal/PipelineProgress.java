package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pipeline's own runtime fields after an advance: {@code @latestRunTime}, {@code
 * @latestCompletedRunTime}, {@code @healthStatus} (HEALTHY or ERROR, from the activity instance
 * that ended last, with {@code @healthStatusFromInstanceId} and {@code @healthStatusUpdatedTime}),
 * {@code @nextRunTime} (with an advance due then, committed once per new value), and FINISHED with
 * {@code @finishedTime} when no period is left to schedule and every instance has ended.
 */
public final class PipelineProgress {
  public static final String LATEST_RUN = "@latestRunTime";
  public static final String LATEST_COMPLETED_RUN = "@latestCompletedRunTime";
  public static final String NEXT_RUN = "@nextRunTime";
  public static final String HEALTH = "@healthStatus";
  public static final String HEALTH_FROM = "@healthStatusFromInstanceId";
  public static final String HEALTH_UPDATED = "@healthStatusUpdatedTime";
  public static final String FINISHED_TIME = "@finishedTime";

  private PipelineProgress() {}

  public static void update(Plan plan, PlanInput input) {
    Set<String> activityIds =
        input.definition().activities().stream()
            .map(ResolvedObject::id)
            .collect(Collectors.toSet());
    var activityInstances =
        plan.view().instances().stream()
            .filter(i -> activityIds.contains(i.componentId()))
            .toList();
    activityInstances.stream()
        .map(RunObjects::periodStart)
        .max(Instant::compareTo)
        .ifPresent(t -> plan.pipelineField(LATEST_RUN, RunTimes.format(t)));
    activityInstances.stream()
        .filter(i -> Status.FINISHED.equals(i.status()))
        .map(RunObjects::periodStart)
        .max(Instant::compareTo)
        .ifPresent(t -> plan.pipelineField(LATEST_COMPLETED_RUN, RunTimes.format(t)));
    health(plan, activityInstances);
    schedule(plan, input);
  }

  private static void health(Plan plan, java.util.List<RunObject> instances) {
    Optional<RunObject> last =
        instances.stream()
            .filter(
                i ->
                    Status.FINISHED.equals(i.status())
                        || (Status.failure(i.status()) && !Status.CANCELED.equals(i.status())))
            .max(
                Comparator.comparing(
                        (RunObject i) -> RunObjects.text(i, RunObjects.ACTUAL_END).orElse(""))
                    .thenComparing(RunObject::id));
    if (last.isEmpty()) {
      return;
    }
    var health = Status.FINISHED.equals(last.get().status()) ? Status.HEALTHY : Status.ERROR;
    boolean changed =
        !plan.pipelineField(HEALTH).equals(Optional.of(health))
            || !plan.pipelineField(HEALTH_FROM).equals(Optional.of(last.get().id()));
    if (changed) {
      plan.pipelineField(HEALTH, health);
      plan.pipelineField(HEALTH_FROM, last.get().id());
      plan.pipelineField(HEALTH_UPDATED, RunTimes.format(plan.now()));
    }
  }

  private static void schedule(Plan plan, PlanInput input) {
    var next =
        input.schedules().values().stream()
            .map(s -> s.nextDue(plan.now()))
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    if (next.isPresent()) {
      var text = RunTimes.format(next.get());
      if (!plan.pipelineField(NEXT_RUN).equals(Optional.of(text))) {
        plan.pipelineField(NEXT_RUN, text);
        plan.advanceAt(next.get());
      }
      return;
    }
    plan.pipelineField(NEXT_RUN, null);
    if (plan.view().instances().stream().allMatch(i -> Status.ended(i.status()))) {
      plan.state(Status.PIPELINE_FINISHED);
      plan.pipelineField(FINISHED_TIME, RunTimes.format(plan.now()));
    }
  }
}
