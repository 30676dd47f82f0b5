package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.schedule.Schedule;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an advance is decided from besides the run objects: the definition, the schedules of its
 * activities (by id), the wake it was asked for, precondition results already found, and where new
 * task ids come from.
 */
public record PlanInput(
    RunDefinition definition,
    Map<String, Schedule> schedules,
    Wake wake,
    Map<String, CheckResult> checks,
    Supplier<String> taskIds) {

  public PlanInput {
    schedules = Map.copyOf(schedules);
    checks = Map.copyOf(checks);
  }

  /** The same input with the precondition results found so far. */
  public PlanInput withChecks(Map<String, CheckResult> found) {
    return new PlanInput(definition, schedules, wake, found, taskIds);
  }
}
