package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SetStatus: PAUSE or RESUME components, or CANCEL (AWS's {@code TRY_CANCEL}), RERUN or
 * MARK_FINISHED instances and attempts; never a mix of both kinds, never on a FINISHED pipeline.
 */
final class StatusChanges {
  private static final Set<String> COMPONENT_STATUSES = Set.of("PAUSE", "RESUME");
  private static final Set<String> RUN_STATUSES = Set.of("CANCEL", "RERUN", "MARK_FINISHED");
  private final PipelineLookup lookup;
  private final PipelineRuns runs;

  StatusChanges(PipelineLookup lookup, PipelineRuns runs) {
    this.lookup = lookup;
    this.runs = runs;
  }

  Result<Void> setStatus(String pipelineId, List<String> objectIds, String status) {
    if (objectIds == null) {
      return PipelineFailures.missing("objectIds");
    }
    if (status == null) {
      return PipelineFailures.missing("status");
    }
    var canonical = status.equals("TRY_CANCEL") ? "CANCEL" : status;
    return lookup
        .live(pipelineId)
        .flatMap(
            p ->
                check(p, objectIds, canonical)
                    .flatMap(ok -> runs.setStatus(p, objectIds, canonical)));
  }

  private Result<Void> check(StoredPipeline pipeline, List<String> objectIds, String status) {
    if (objectIds.isEmpty()) {
      return PipelineFailures.invalid("objectIds must name at least one object");
    }
    if ("FINISHED".equals(pipeline.state())) {
      return PipelineFailures.invalid(
          "Cannot set the status of objects of pipeline " + pipeline.id() + ": it is FINISHED");
    }
    var components = componentIds(pipeline);
    boolean allComponents = components.containsAll(objectIds);
    boolean anyComponent = objectIds.stream().anyMatch(components::contains);
    if (anyComponent && !allComponents) {
      return PipelineFailures.invalid(
          "objectIds must be all components or all instances and attempts, not a mix");
    }
    if (allComponents) {
      return allowed(status, COMPONENT_STATUSES, "components", "PAUSE, RESUME");
    }
    var unknown = unknownRunObjects(pipeline, objectIds);
    if (unknown != null) {
      return PipelineFailures.invalid(
          "Object " + unknown + " does not exist in pipeline " + pipeline.id());
    }
    return allowed(status, RUN_STATUSES, "instances", "TRY_CANCEL, RERUN, MARK_FINISHED");
  }

  private String unknownRunObjects(StoredPipeline pipeline, List<String> objectIds) {
    var known = ids(runs.runObjects(pipeline));
    return objectIds.stream().filter(id -> !known.contains(id)).findFirst().orElse(null);
  }

  private static Result<Void> allowed(
      String status, Set<String> statuses, String kind, String valid) {
    if (statuses.contains(status)) {
      return Result.ok(null);
    }
    return PipelineFailures.invalid(
        "Invalid status " + status + " for " + kind + ". Valid values are " + valid);
  }

  /** The objects of the latest definition and of the active one. */
  private static Set<String> componentIds(StoredPipeline pipeline) {
    var ids = ids(pipeline.latest().objects());
    if (pipeline.active() != null) {
      ids.addAll(ids(pipeline.active().objects()));
    }
    return ids;
  }

  private static Set<String> ids(List<PipelineObject> objects) {
    var ids = new HashSet<String>();
    objects.forEach(o -> ids.add(o.id()));
    return ids;
  }
}
