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
import java.util.Map;

/**
 * Activation, deactivation and reruns. Activating a PENDING or FINISHED pipeline starts a new
 * generation whose schedules start at {@code startTimestamp} (or now); activating an INACTIVE one
 * resumes its generation (its attempts that were waiting are handed out again); activating a
 * SCHEDULED one changes nothing unless a newer definition or other parameter values were given.
 * Deactivating makes the pipeline INACTIVE and, with {@code cancelActive}, cancels what has not
 * ended. A rerun starts a new generation now. Objects of older generations that had not ended are
 * canceled.
 */
public final class Lifecycle {
  public static final String FIRST_ACTIVATION = "@firstActivationTime";
  public static final String LAST_ACTIVATION = "@lastActivationTime";
  public static final String LAST_DEACTIVATION = "@lastDeactivatedTime";

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final RunningAttempts running;
  private final Clock clock;

  public Lifecycle(
      PipelineCatalog catalog,
      Committer committer,
      Resolutions resolutions,
      RunningAttempts running,
      Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.resolutions = resolutions;
    this.running = running;
    this.clock = clock;
  }

  public Result<Void> activate(
      String pipelineId, List<ParameterValue> parameterValues, Instant startTimestamp) {
    var values = parameterValues == null ? List.<ParameterValue>of() : parameterValues;
    return committer.run(
        () -> {
          var p = catalog.find(pipelineId).orElseThrow();
          boolean scheduled = Status.PIPELINE_SCHEDULED.equals(p.state());
          if (scheduled
              && p.activeVersion() == p.latestVersion()
              && values.equals(p.activeParameterValues())) {
            return Decision.done();
          }
          var definition = resolutions.of(p.latest(), values);
          if (!definition.isOk()) {
            return Decision.answer(Result.err(definition.failure()));
          }
          return Decision.commit(activation(p, values, startTimestamp), null, () -> {});
        });
  }

  private PipelineChange activation(
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
      upserts.addAll(retire(objects, generation, now));
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

  /** Objects of generations before {@code generation} that have not ended, canceled. */
  private static List<RunObject> retire(List<RunObject> objects, int generation, Instant now) {
    return objects.stream()
        .filter(o -> o.generation() < generation && !Status.ended(o.status()))
        .map(
            o ->
                RunObjects.edit(
                    o,
                    Status.CANCELED,
                    f ->
                        f.set(RunObjects.ACTUAL_END, RunTimes.format(now))
                            .set(RunObjects.CANCELLATION_REASON, "A new run of the pipeline began"),
                    now))
        .toList();
  }

  public Result<Void> deactivate(String pipelineId, boolean cancelActive) {
    return committer.run(
        () -> {
          var p = catalog.find(pipelineId).orElseThrow();
          var now = clock.now();
          var plan = new Plan(p, new RunView(catalog.runObjects(pipelineId), p.generation()), now);
          if (Status.PIPELINE_SCHEDULED.equals(p.state())) {
            plan.state(Status.PIPELINE_INACTIVE);
            plan.pipelineField(LAST_DEACTIVATION, RunTimes.format(now));
          }
          if (cancelActive) {
            for (var instance : plan.view().instances()) {
              Cancellation.cancel(plan, instance, "The pipeline was deactivated");
            }
          }
          return plan.change()
              .<Decision<Void>>map(
                  change ->
                      Decision.commit(
                          change,
                          null,
                          () -> running.interrupt(pipelineId, plan.canceledAttempts())))
              .orElse(Decision.done());
        });
  }

  public Result<Void> rerun(String pipelineId) {
    return committer.run(
        () -> {
          var p = catalog.find(pipelineId).orElseThrow();
          if (p.generation() == 0 || p.active() == null) {
            return Decision.answer(
                RunFailures.invalidRequest(
                    "Pipeline " + pipelineId + " has never been activated; activate it first"));
          }
          var objects = catalog.runObjects(pipelineId);
          if (busy(objects, p.generation())) {
            return Decision.answer(
                RunFailures.invalidRequest(
                    "Pipeline " + pipelineId + " is still running; wait until its runs end"));
          }
          return Decision.commit(rerunChange(p, objects), null, () -> {});
        });
  }

  private PipelineChange rerunChange(StoredPipeline p, List<RunObject> objects) {
    var now = clock.now();
    int generation = p.generation() + 1;
    Map<String, String> fields = new LinkedHashMap<>(p.runtimeFields());
    fields.remove(PipelineProgress.NEXT_RUN);
    fields.remove(PipelineProgress.FINISHED_TIME);
    var updated =
        Pipelines.activated(
            p,
            p.active(),
            p.activeVersion(),
            p.activeParameterValues(),
            p.firstActivatedAt() != null ? p.firstActivatedAt() : now,
            now,
            generation,
            fields);
    var events = List.of(RunEvents.advance(p.id(), Wake.plain(generation), now));
    return new PipelineChange(
        updated, p.revision(), retire(objects, generation, now), false, events);
  }

  private static boolean busy(List<RunObject> objects, int generation) {
    return objects.stream()
        .filter(o -> o.generation() == generation && RunObject.ATTEMPT.equals(o.sphere()))
        .anyMatch(
            o -> Status.RUNNING.equals(o.status()) || Status.WAITING_FOR_RUNNER.equals(o.status()));
  }
}
