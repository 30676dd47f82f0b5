package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import java.util.Optional;

/**
 * Starts an instance's next attempt. An activity with a {@code workerGroup} and no {@code runsOn}
 * waits for an external task runner of that group (PollForTask); every other attempt is run by
 * Sluice itself: a RUN_ATTEMPT event is committed with it and the instance is RUNNING.
 */
public final class AttemptStarts {
  private AttemptStarts() {}

  public static void start(Plan plan, PlanInput input, RunObject instance) {
    var definition = input.definition();
    var component = definition.object(instance.componentId()).orElseThrow();
    var now = plan.now();
    int number =
        RunObjects.text(instance, RunObjects.ATTEMPT_COUNT).map(Integer::parseInt).orElse(0) + 1;
    int triesLeft =
        RunObjects.text(instance, RunObjects.TRIES_LEFT)
            .map(left -> Integer.parseInt(left) - 1)
            .orElse(definition.settings(component.id()).tries() - 1);
    var group = workerGroup(definition, component);
    var taskId = input.taskIds().get();
    var attempt =
        Instances.attempt(
            plan.pipeline(), component, instance, number, taskId, group.orElse(null), now);
    plan.view().put(attempt);
    var started = RunObjects.text(instance, RunObjects.ACTUAL_START).orElse(RunTimes.format(now));
    plan.view()
        .put(
            RunObjects.edit(
                instance,
                group.isPresent() ? Status.WAITING_FOR_RUNNER : Status.RUNNING,
                f ->
                    f.setRef(RunObjects.HEAD_ATTEMPT, attempt.id())
                        .set(RunObjects.ATTEMPT_COUNT, Integer.toString(number))
                        .set(RunObjects.TRIES_LEFT, Integer.toString(Math.max(0, triesLeft)))
                        .set(RunObjects.ACTUAL_START, started),
                now));
    if (group.isEmpty()) {
      var ticket = new AttemptTicket(attempt.id(), attempt.generation(), taskId);
      plan.event(RunEvents.runAttempt(plan.pipeline().id(), ticket, now));
    }
  }

  /** The worker group of an activity that waits for an external task runner. */
  public static Optional<String> workerGroup(RunDefinition definition, ResolvedObject component) {
    if (!component.refs("runsOn").isEmpty()) {
      return Optional.empty();
    }
    return definition.plainText(component.id(), "workerGroup").filter(g -> !g.isBlank());
  }
}
