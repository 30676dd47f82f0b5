package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import java.time.Instant;
import java.util.List;

/**
 * Decides one advance of a pipeline from what is stored, without side effects: new instances for
 * due periods, late actions, instances moved on as far as they can go in this instant (several
 * rounds, so a chain of ready objects moves in one change), resources, and the pipeline's own
 * state. Only a SCHEDULED pipeline advances.
 */
public final class Planner {
  private Planner() {}

  public static Plan plan(
      StoredPipeline pipeline, List<RunObject> objects, PlanInput input, Instant now) {
    var plan = new Plan(pipeline, new RunView(objects, pipeline.generation()), now);
    if (!Status.PIPELINE_SCHEDULED.equals(pipeline.state())) {
      return plan;
    }
    Instantiation.instantiate(plan, input);
    LateChecks.check(plan, input);
    settle(plan, input);
    ResourceSteps.update(plan, input);
    PipelineProgress.update(plan, input);
    return plan;
  }

  private static void settle(Plan plan, PlanInput input) {
    var definition = input.definition();
    int rounds = plan.view().instances().size() + 2;
    for (int round = 0; round < rounds; round++) {
      boolean changed = false;
      for (var listed : plan.view().instances()) {
        var instance = plan.view().get(listed.id()).orElseThrow();
        if (Status.ended(instance.status())) {
          continue;
        }
        changed |=
            switch (definition.kind(instance.componentId())) {
              case ACTIVITY -> ActivitySteps.step(plan, input, instance);
              case DATA_NODE -> NodeSteps.step(plan, input, instance);
              default -> false;
            };
      }
      if (!changed) {
        return;
      }
    }
  }
}
