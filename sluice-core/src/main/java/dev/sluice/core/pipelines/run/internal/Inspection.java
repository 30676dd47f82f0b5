package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;

/**
 * Reading runs: the current generation's instances and attempts as DescribeObjects shows them
 * (named by their id, as Data Pipeline names them), and EvaluateExpression on a component (with its
 * latest instance's runtime fields) or on an instance or attempt (with its period's). An id that is
 * neither is an InvalidRequestException.
 */
public final class Inspection {
  private final PipelineCatalog catalog;
  private final Resolutions resolutions;

  public Inspection(PipelineCatalog catalog, Resolutions resolutions) {
    this.catalog = catalog;
    this.resolutions = resolutions;
  }

  public List<PipelineObject> runObjects(StoredPipeline pipeline) {
    return catalog.runObjects(pipeline.id()).stream()
        .filter(o -> o.generation() == pipeline.generation())
        .map(o -> o.asObject(RunObjects.text(o, "name").orElse(o.id())))
        .toList();
  }

  public Result<String> evaluate(StoredPipeline pipeline, String objectId, String expression) {
    var definition = resolutions.active(pipeline);
    if (!definition.isOk()) {
      return Result.err(definition.failure());
    }
    var view = new RunView(catalog.runObjects(pipeline.id()), pipeline.generation());
    var run = view.get(objectId);
    if (run.isPresent()) {
      RunObject object = run.get();
      var runtime = view.runtimeFor(RunObjects.periodStart(object));
      return definition.value().scope(object.componentId(), runtime).render(expression);
    }
    if (definition.value().object(objectId).isPresent()) {
      return definition.value().scope(objectId, latest(view)).render(expression);
    }
    return RunFailures.invalidRequest(
        "Object " + objectId + " was not found in pipeline " + pipeline.id());
  }

  private static java.util.function.Function<String, Map<String, String>> latest(RunView view) {
    return componentId ->
        view.instancesOf(componentId).stream()
            .max(java.util.Comparator.comparing(RunObjects::periodStart))
            .map(RunView::runtimeFields)
            .orElse(Map.of());
  }
}
