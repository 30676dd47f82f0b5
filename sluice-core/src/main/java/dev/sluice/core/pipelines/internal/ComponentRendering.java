package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.StoredPipeline;
import dev.sluice.core.pipelines.definition.ResolvedPipeline;
import dev.sluice.core.pipelines.expression.ObjectScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * DescribeObjects' {@code evaluateExpressions} for components: every literal of the component's own
 * fields rendered in its scope (the latest definition with the activation's parameter values; the
 * runtime fields of the component's newest instance). A value that cannot be evaluated, or a
 * definition that does not resolve, is shown as written.
 */
final class ComponentRendering {
  private final Function<String, Map<String, String>> runtimeFields;
  private final ResolvedPipeline resolved;

  private ComponentRendering(
      ResolvedPipeline resolved, Function<String, Map<String, String>> runtimeFields) {
    this.resolved = resolved;
    this.runtimeFields = runtimeFields;
  }

  /** The rendering of the pipeline's components; null when its definition does not resolve. */
  static ComponentRendering of(StoredPipeline pipeline, List<PipelineObject> runObjects) {
    var resolved = ResolvedPipeline.resolve(pipeline.latest(), pipeline.activeParameterValues());
    if (!resolved.isOk()) {
      return null;
    }
    return new ComponentRendering(resolved.value(), newestInstances(runObjects));
  }

  PipelineObject render(PipelineObject component) {
    var scope = ObjectScope.of(resolved, component.id(), runtimeFields);
    var fields =
        component.fields().stream()
            .map(f -> f.isRef() || f.key().startsWith("@") ? f : rendered(scope, f))
            .toList();
    return new PipelineObject(component.id(), component.name(), fields);
  }

  private static Field rendered(ObjectScope scope, Field field) {
    var value = scope.render(field.stringValue());
    return value.isOk() ? Field.text(field.key(), value.value()) : field;
  }

  /** Component id to the {@code @}-fields of its newest instance. */
  private static Function<String, Map<String, String>> newestInstances(
      List<PipelineObject> runObjects) {
    var byComponent = new LinkedHashMap<String, Map<String, String>>();
    for (var object : runObjects) {
      if (!ObjectFields.texts(object, "@sphere").contains(RunObject.INSTANCE)) {
        continue;
      }
      for (var parent : ObjectFields.refs(object, "@componentParent")) {
        byComponent.put(parent, atFields(object));
      }
    }
    return id -> byComponent.getOrDefault(id, Map.of());
  }

  private static Map<String, String> atFields(PipelineObject object) {
    var fields = new LinkedHashMap<String, String>();
    for (var field : object.fields()) {
      if (field.key().startsWith("@") && !field.isRef() && field.stringValue() != null) {
        fields.putIfAbsent(field.key(), field.stringValue());
      }
    }
    return Map.copyOf(fields);
  }
}
