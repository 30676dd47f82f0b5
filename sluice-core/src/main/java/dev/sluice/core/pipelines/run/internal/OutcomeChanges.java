package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The change that records how an attempt ended (whoever ran it), with an advance due at once so
 * that what waited on it moves on.
 */
public final class OutcomeChanges {
  private OutcomeChanges() {}

  public static Plan plan(
      StoredPipeline pipeline,
      RunDefinition definition,
      List<RunObject> objects,
      RunObject attempt,
      AttemptEnd end,
      Instant now) {
    var view = new RunView(objects, attempt.generation());
    var plan = new Plan(pipeline, view, now);
    var input =
        new PlanInput(
            definition, Map.of(), Wake.plain(attempt.generation()), Map.of(), RunIds::newTaskId);
    Outcomes.end(plan, input, attempt, end);
    plan.advanceAt(now);
    return plan;
  }
}
