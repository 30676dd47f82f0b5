package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Sluice's rerun of a whole pipeline: a new generation of its active definition whose schedules
 * start now (older objects that had not ended are canceled). Not for a pipeline never activated,
 * nor while an attempt of its run is running or waiting for its runner (InvalidRequestException).
 */
public final class PipelineReruns {
  private final PipelineCatalog catalog;
  private final Committer committer;
  private final Clock clock;

  public PipelineReruns(PipelineCatalog catalog, Committer committer, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
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
          return Decision.commit(change(p, objects), null, () -> {});
        });
  }

  private PipelineChange change(StoredPipeline p, List<RunObject> objects) {
    var now = clock.now();
    int generation = p.generation() + 1;
    var fields = new LinkedHashMap<>(p.runtimeFields());
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
        updated, p.revision(), Generations.retire(objects, generation, now), false, events);
  }

  private static boolean busy(List<RunObject> objects, int generation) {
    return objects.stream()
        .filter(o -> o.generation() == generation && RunObject.ATTEMPT.equals(o.sphere()))
        .anyMatch(
            o -> Status.RUNNING.equals(o.status()) || Status.WAITING_FOR_RUNNER.equals(o.status()));
  }
}
