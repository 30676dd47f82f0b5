package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.schedule.Schedule;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles ADVANCE: reads the pipeline and its run objects, plans, runs the precondition checks the
 * plan asks for and plans again with their results, and commits. Checks are kept across lost
 * compare-and-set races, so a re-planned advance does not check again. Advances of another
 * generation, or of a pipeline that is not SCHEDULED, do nothing.
 */
public final class Advancer {
  private static final Logger LOG = LoggerFactory.getLogger(Advancer.class);
  private static final int CHECK_ROUNDS = 4;

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final PreconditionChecks checks;
  private final RunningAttempts running;
  private final Clock clock;

  public Advancer(
      PipelineCatalog catalog,
      Committer committer,
      Resolutions resolutions,
      PreconditionChecks checks,
      RunningAttempts running,
      Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.checks = checks;
    this.running = running;
    this.clock = clock;
  }

  public Result<Void> advance(String pipelineId, Wake wake) {
    var found = new HashMap<String, CheckResult>();
    return committer.run(() -> decide(pipelineId, wake, found));
  }

  private Decision<Void> decide(String pipelineId, Wake wake, Map<String, CheckResult> found) {
    var pipeline = catalog.find(pipelineId).orElse(null);
    if (pipeline == null
        || pipeline.deleted()
        || pipeline.generation() != wake.generation()
        || !Status.PIPELINE_SCHEDULED.equals(pipeline.state())) {
      return Decision.done();
    }
    var definition = resolutions.active(pipeline);
    if (!definition.isOk()) {
      LOG.warn("Pipeline {} cannot advance: {}", pipelineId, definition.failure().message());
      return Decision.done();
    }
    var objects = catalog.runObjects(pipelineId);
    var now = clock.now();
    var input =
        new PlanInput(
            definition.value(),
            schedules(definition.value(), pipeline),
            wake,
            found,
            RunIds::newTaskId);
    var plan = Planner.plan(pipeline, objects, input, now);
    for (int round = 0; round < CHECK_ROUNDS; round++) {
      var wanted = new HashSet<>(plan.checksWanted());
      wanted.removeAll(found.keySet());
      if (wanted.isEmpty()) {
        break;
      }
      found.putAll(checks.check(pipeline, definition.value(), plan.view(), wanted));
      plan = Planner.plan(pipeline, objects, input.withChecks(found), now);
    }
    var done = plan;
    return plan.change()
        .<Decision<Void>>map(change -> Decision.commit(change, null, () -> after(done)))
        .orElse(Decision.done());
  }

  private Map<String, Schedule> schedules(RunDefinition definition, StoredPipeline pipeline) {
    var first =
        pipeline.firstActivatedAt() != null
            ? pipeline.firstActivatedAt()
            : pipeline.scheduledStart();
    var schedules = new LinkedHashMap<String, Schedule>();
    for (var activity : definition.activities()) {
      var schedule =
          definition
              .language()
              .schedule(definition.resolved(), activity.id(), first, pipeline.scheduledStart());
      if (schedule.isOk()) {
        schedules.put(activity.id(), schedule.value());
      } else {
        LOG.warn(
            "Pipeline {}: activity {} has no schedule: {}",
            pipeline.id(),
            activity.id(),
            schedule.failure().message());
      }
    }
    return schedules;
  }

  private void after(Plan plan) {
    running.interrupt(plan.pipeline().id(), plan.canceledAttempts());
    plan.problems().forEach(p -> LOG.warn("Pipeline {}: {}", plan.pipeline().id(), p));
  }
}
