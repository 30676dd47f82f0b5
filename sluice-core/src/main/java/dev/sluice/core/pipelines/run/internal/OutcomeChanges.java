package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The change that records how an attempt ended (whoever ran it), with an advance due at once so
 * that what waited on it moves on.
 */
public final class OutcomeChanges {
  private OutcomeChanges() {}

  /**
   * Commits the change recording that {@code attempt} of {@code pipeline} ended so; answers the
   * failure when the pipeline's active definition does not resolve.
   */
  static Decision<Void> decide(
      PipelineCatalog catalog,
      Resolutions resolutions,
      StoredPipeline pipeline,
      RunObject attempt,
      AttemptEnd end,
      Clock clock) {
    var definition = resolutions.active(pipeline);
    if (!definition.isOk()) {
      return Decision.answer(Result.err(definition.failure()));
    }
    var plan =
        plan(
            pipeline,
            definition.value(),
            catalog.runObjects(pipeline.id()),
            attempt,
            end,
            clock.now());
    return Decision.commit(plan.change().orElseThrow(), null, () -> {});
  }

  private static Plan plan(
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
