package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.PipelineRuns;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.Selector;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * QueryObjects: the ids of the components (latest definition), instances or attempts (the runs'
 * current generation) every selector matches, in id order, a page of {@code limit} at a time.
 */
final class ObjectQueries {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_SELECTORS = 10;
  private static final Set<String> SPHERES =
      Set.of(ComponentObjects.COMPONENT, RunObject.INSTANCE, RunObject.ATTEMPT);
  private final PipelineLookup lookup;
  private final PipelineRuns runs;

  ObjectQueries(PipelineLookup lookup, PipelineRuns runs) {
    this.lookup = lookup;
    this.runs = runs;
  }

  Result<IdPage> query(ObjectQueryInput input) {
    var pipeline = lookup.live(input.pipelineId());
    if (!pipeline.isOk()) {
      return pipeline.map(p -> null);
    }
    var checked = checkInput(input);
    if (!checked.isOk()) {
      return checked.map(ignored -> null);
    }
    var matches = matcher(input.selectors());
    if (!matches.isOk()) {
      return matches.map(ignored -> null);
    }
    int limit = input.limit() == null ? DEFAULT_LIMIT : input.limit();
    return Markers.decode(input.marker())
        .map(
            after ->
                page(candidates(pipeline.value(), input.sphere()), matches.value(), after, limit));
  }

  private static Result<Void> checkInput(ObjectQueryInput input) {
    if (input.sphere() == null) {
      return PipelineFailures.missing("sphere");
    }
    if (!SPHERES.contains(input.sphere())) {
      return PipelineFailures.invalid(
          "Invalid sphere: " + input.sphere() + ". Valid values are COMPONENT, INSTANCE, ATTEMPT");
    }
    if (input.selectors().size() > MAX_SELECTORS) {
      return PipelineFailures.invalid("A query can have at most " + MAX_SELECTORS + " selectors");
    }
    if (input.limit() != null && input.limit() < 1) {
      return PipelineFailures.invalid("Invalid limit: " + input.limit() + ". It must be positive");
    }
    return Result.ok(null);
  }

  private static Result<Predicate<PipelineObject>> matcher(List<Selector> selectors) {
    Predicate<PipelineObject> all = o -> true;
    for (var selector : selectors) {
      var match = SelectorMatch.of(selector);
      if (!match.isOk()) {
        return match;
      }
      all = all.and(match.value());
    }
    return Result.ok(all);
  }

  private List<PipelineObject> candidates(StoredPipeline pipeline, String sphere) {
    if (sphere.equals(ComponentObjects.COMPONENT)) {
      return ComponentObjects.of(pipeline);
    }
    return runs.runObjects(pipeline).stream()
        .filter(o -> ObjectFields.texts(o, "@sphere").contains(sphere))
        .toList();
  }

  private static IdPage page(
      List<PipelineObject> objects, Predicate<PipelineObject> matches, String after, int limit) {
    var ids = new ArrayList<String>();
    for (var object : objects) {
      if (matches.test(object) && (after == null || object.id().compareTo(after) > 0)) {
        ids.add(object.id());
      }
    }
    ids.sort(Comparator.naturalOrder());
    boolean more = ids.size() > limit;
    var shown = more ? ids.subList(0, limit) : ids;
    return new IdPage(shown, more ? Markers.encode(shown.get(limit - 1)) : null, more);
  }
}
