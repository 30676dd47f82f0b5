package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.ParameterValue;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.ScheduledEvent;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * ActivatePipeline. A PENDING or FINISHED pipeline starts a new generation whose schedules start at
 * {@code startTimestamp} (or now), objects of older generations that had not ended canceled; an
 * INACTIVE one resumes its generation (from {@code startTimestamp} when given), Sluice's own
 * attempts that waited meanwhile handed out again; a SCHEDULED one changes nothing unless a newer
 * definition or other parameter values were given. The latest definition becomes the active one,
 * resolved with the values given, and an advance is committed with it.
 */
public final class Activation {
  public static final String FIRST_ACTIVATION = "@firstActivationTime";
  public static final String LAST_ACTIVATION = "@lastActivationTime";

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final Clock clock;

  public Activation(
      PipelineCatalog catalog, Committer committer, Resolutions resolutions, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.clock = clock;
  }

  public Result<Void> activate(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp) {
    var values = parameterValues == null ? List.<ParameterValue>of() : parameterValues;
    return committer.run(
        () -> {
          var p = catalog.find(pipelineId).orElseThrow();
          if (Status.PIPELINE_SCHEDULED.equals(p.state())
              && p.activeVersion() == p.latestVersion()
              && values.equals(p.activeParameterValues())) {
            return Decision.done();
          }
          var definition = resolutions.of(p.latest(), values);
          if (!definition.isOk()) {
            return Decision.answer(Result.err(definition.failure()));
          }
          return Decision.commit(change(p, values, startTimestamp), null, () -> {});
        });
  }

  private PipelineChange change(
      StoredPipeline p, List<ParameterValue> values, Instant startTimestamp) {
    var now = clock.now();
    boolean resumes =
        p.generation() > 0
            && (Status.PIPELINE_INACTIVE.equals(p.state())
                || Status.PIPELINE_SCHEDULED.equals(p.state()));
    int generation = resumes ? p.generation() : p.generation() + 1;
    var start = startTimestamp != null ? startTimestamp : resumes ? p.scheduledStart() : now;
    var first = p.firstActivatedAt() != null ? p.firstActivatedAt() : now;
    var fields = new LinkedHashMap<>(p.runtimeFields());
    fields.put(FIRST_ACTIVATION, RunTimes.format(first));
    fields.put(LAST_ACTIVATION, RunTimes.format(now));
    fields.remove(PipelineProgress.NEXT_RUN);
    fields.remove(PipelineProgress.FINISHED_TIME);
    var objects = catalog.runObjects(p.id());
    var upserts = new ArrayList<RunObject>();
    var events = new ArrayList<ScheduledEvent>();
    if (resumes) {
      handOutAgain(objects, generation, now, upserts, events);
    } else {
      upserts.addAll(Generations.retire(objects, generation, now));
    }
    events.add(RunEvents.advance(p.id(), Wake.plain(generation), now));
    var updated =
        Pipelines.activated(
            p, p.latest(), p.latestVersion(), values, first, start, generation, fields);
    return new PipelineChange(updated, p.revision(), upserts, false, events);
  }

  /** Sluice's own attempts that waited while the pipeline was inactive get new tickets. */
  private static void handOutAgain(
      List<RunObject> objects,
      int generation,
      Instant now,
      List<RunObject> upserts,
      List<ScheduledEvent> events) {
    for (var object : objects) {
      if (object.generation() == generation
          && RunObject.ATTEMPT.equals(object.sphere())
          && object.workerGroup() == null
          && Status.WAITING_FOR_RUNNER.equals(object.status())) {
        var taskId = RunIds.newTaskId();
        upserts.add(RunObjects.withTaskId(object, taskId, now));
        var ticket = new AttemptTicket(object.id(), generation, taskId);
        events.add(RunEvents.runAttempt(object.pipelineId(), ticket, now));
      }
    }
  }
}
