package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.ObjectPage;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeObjects: components of the latest definition and the runs' instances and attempts, in the
 * order asked for; ids that name nothing are left out. At most 25 ids, so one page answers them
 * all; a marker names how many were answered before.
 */
final class ObjectDescriptions {
  static final int MAX_IDS = 25;
  private final PipelineLookup lookup;
  private final PipelineRuns runs;

  ObjectDescriptions(PipelineLookup lookup, PipelineRuns runs) {
    this.lookup = lookup;
    this.runs = runs;
  }

  Result<ObjectPage> describe(
      String pipelineId, List<String> objectIds, boolean evaluate, String marker) {
    var pipeline = lookup.live(pipelineId);
    if (!pipeline.isOk()) {
      return pipeline.map(p -> null);
    }
    if (objectIds == null) {
      return PipelineFailures.missing("objectIds");
    }
    if (objectIds.size() > MAX_IDS) {
      return PipelineFailures.invalid(
          "Too many object ids: at most " + MAX_IDS + " can be described in one call");
    }
    return skipped(marker)
        .map(
            skip ->
                new ObjectPage(
                    objects(
                        pipeline.value(),
                        objectIds.subList(Math.min(skip, objectIds.size()), objectIds.size()),
                        evaluate),
                    null,
                    false));
  }

  private List<PipelineObject> objects(
      StoredPipeline pipeline, List<String> ids, boolean evaluate) {
    var components = byId(ComponentObjects.of(pipeline));
    boolean anyComponent = ids.stream().anyMatch(components::containsKey);
    boolean needRuns = (evaluate && anyComponent) || !components.keySet().containsAll(ids);
    var runObjects = needRuns ? runs.runObjects(pipeline) : List.<PipelineObject>of();
    var others = byId(runObjects);
    var rendering = evaluate && anyComponent ? ComponentRendering.of(pipeline, runObjects) : null;
    var found = new ArrayList<PipelineObject>();
    for (var id : ids) {
      var component = components.get(id);
      if (component != null) {
        found.add(rendering == null ? component : rendering.render(component));
      } else if (others.containsKey(id)) {
        found.add(others.get(id));
      }
    }
    return found;
  }

  private static Result<Integer> skipped(String marker) {
    return Markers.decode(marker)
        .flatMap(
            position -> {
              if (position == null) {
                return Result.ok(0);
              }
              try {
                return Result.ok(Math.max(0, Integer.parseInt(position)));
              } catch (NumberFormatException e) {
                return PipelineFailures.invalid("Invalid marker: " + marker);
              }
            });
  }

  private static Map<String, PipelineObject> byId(List<PipelineObject> objects) {
    var map = new LinkedHashMap<String, PipelineObject>();
    objects.forEach(o -> map.putIfAbsent(o.id(), o));
    return map;
  }
}
