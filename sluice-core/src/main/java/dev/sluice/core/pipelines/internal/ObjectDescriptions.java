package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
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
 * order asked for; ids that name nothing are left out. With {@code evaluateExpressions} their
 * fields' expressions are evaluated, each object in its own scope. At most 25 ids, so one page
 * answers them all; a marker names how many were answered before.
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
        found.add(evaluate ? renderedRun(pipeline, others.get(id)) : others.get(id));
      }
    }
    return found;
  }

  /**
   * An instance or attempt with the expressions of its own string fields evaluated in its scope
   * (its period's runtime fields, the active definition); a value that cannot be evaluated is shown
   * as written.
   */
  private PipelineObject renderedRun(StoredPipeline pipeline, PipelineObject object) {
    var fields =
        object.fields().stream()
            .map(f -> hasExpression(f) ? renderedRunField(pipeline, object.id(), f) : f)
            .toList();
    return new PipelineObject(object.id(), object.name(), fields);
  }

  private Field renderedRunField(StoredPipeline pipeline, String objectId, Field field) {
    var value = runs.evaluateExpression(pipeline, objectId, field.stringValue());
    return value.isOk() ? Field.text(field.key(), value.value()) : field;
  }

  private static boolean hasExpression(Field field) {
    return !field.isRef()
        && !field.key().startsWith("@")
        && field.stringValue() != null
        && field.stringValue().contains("#{");
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
