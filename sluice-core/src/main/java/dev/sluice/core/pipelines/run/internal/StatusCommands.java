package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SetStatus. Components: PAUSE (their instances waiting on dependencies are PAUSED) and RESUME
 * (they wait again). Instances of the current run (an attempt stands for its instance): TRY_CANCEL
 * (or CANCEL), RERUN (the instance waits again with fresh tries and gets a new attempt; instances
 * that cascade-failed on it rerun too; a running one is left alone) and MARK_FINISHED. Not on
 * FINISHED pipelines, and not on a mix of components and instances (InvalidRequestException).
 */
public final class StatusCommands {
  private static final Set<String> COMPONENT_STATUSES = Set.of("PAUSE", "RESUME");
  private static final Set<String> INSTANCE_STATUSES =
      Set.of("TRY_CANCEL", "CANCEL", "RERUN", "MARK_FINISHED");

  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Resolutions resolutions;
  private final RunningAttempts running;
  private final Clock clock;

  public StatusCommands(
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

  public Result<Void> setStatus(String pipelineId, List<String> objectIds, String status) {
    boolean components = COMPONENT_STATUSES.contains(status);
    if (!components && !INSTANCE_STATUSES.contains(status)) {
      return RunFailures.invalidRequest(
          "Invalid status "
              + status
              + ": use PAUSE or RESUME for components, TRY_CANCEL, RERUN"
              + " or MARK_FINISHED for instances");
    }
    return committer.run(() -> decide(pipelineId, List.copyOf(objectIds), status, components));
  }

  private Decision<Void> decide(
      String pipelineId, List<String> ids, String status, boolean components) {
    var p = catalog.find(pipelineId).orElseThrow();
    if (Status.PIPELINE_FINISHED.equals(p.state())) {
      return Decision.answer(
          RunFailures.invalidRequest(
              "Pipeline " + pipelineId + " is FINISHED; its objects cannot" + " change status"));
    }
    var now = clock.now();
    var plan = new Plan(p, new RunView(catalog.runObjects(pipelineId), p.generation()), now);
    var unknown = components ? unknownComponents(p, ids) : unknownInstances(plan.view(), ids);
    if (!unknown.isEmpty()) {
      return Decision.answer(
          RunFailures.invalidRequest(
              (components ? "Not components of pipeline " : "Not instances of pipeline ")
                  + pipelineId
                  + ": "
                  + String.join(", ", unknown)));
    }
    for (var id : ids) {
      apply(plan, id, status);
    }
    if (Status.PIPELINE_SCHEDULED.equals(p.state())) {
      plan.advanceAt(now);
    }
    return plan.change()
        .<Decision<Void>>map(
            change ->
                Decision.commit(
                    change, null, () -> running.interrupt(pipelineId, plan.canceledAttempts())))
        .orElse(Decision.done());
  }

  private List<String> unknownComponents(
      dev.sluice.core.pipelines.StoredPipeline p, List<String> ids) {
    var definition = resolutions.active(p);
    return ids.stream()
        .filter(id -> !definition.isOk() || definition.value().object(id).isEmpty())
        .toList();
  }

  private static List<String> unknownInstances(RunView view, List<String> ids) {
    return ids.stream().filter(id -> instance(view, id).isEmpty()).toList();
  }

  /** The instance {@code id} names: itself, or the instance of the attempt it is. */
  private static java.util.Optional<RunObject> instance(RunView view, String id) {
    return view.get(id)
        .flatMap(o -> RunObjects.isInstance(o) ? java.util.Optional.of(o) : view.get(o.parentId()));
  }

  private static void apply(Plan plan, String id, String status) {
    var view = plan.view();
    switch (status) {
      case "PAUSE" ->
          move(plan, view.instancesOf(id), Status.WAITING_ON_DEPENDENCIES, Status.PAUSED);
      case "RESUME" ->
          move(plan, view.instancesOf(id), Status.PAUSED, Status.WAITING_ON_DEPENDENCIES);
      case "RERUN" -> Reruns.rerun(plan, instance(view, id).orElseThrow());
      case "MARK_FINISHED" -> markFinished(plan, instance(view, id).orElseThrow());
      default ->
          Cancellation.cancel(plan, instance(view, id).orElseThrow(), "Canceled by SetStatus");
    }
  }

  private static void move(Plan plan, List<RunObject> instances, String from, String to) {
    var moved = new ArrayList<RunObject>();
    for (var instance : instances) {
      if (from.equals(instance.status())) {
        moved.add(RunObjects.withStatus(instance, to, plan.now()));
      }
    }
    moved.forEach(plan.view()::put);
  }

  private static void markFinished(Plan plan, RunObject instance) {
    if (Status.FINISHED.equals(instance.status())) {
      return;
    }
    var now = plan.now();
    plan.view()
        .headAttempt(instance)
        .filter(a -> !Status.ended(a.status()))
        .ifPresent(
            a -> {
              plan.view().put(RunObjects.withStatus(a, Status.CANCELED, now));
              plan.canceledAttempt(a.id());
            });
    plan.view()
        .put(
            RunObjects.edit(
                instance,
                Status.FINISHED,
                f -> f.set(RunObjects.ACTUAL_END, RunTimes.format(now)),
                now));
  }
}
