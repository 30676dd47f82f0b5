package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.RunObject;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ResolvedObject;
import dev.sluice.core.pipelines.run.RunLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * What PollForTask hands a task runner: the attempt and every object its references name (its
 * instance's data nodes and resource of the same period, its component, preconditions, actions,
 * schedule...), by id, with expressions evaluated in each object's scope. A value that does not
 * evaluate is handed out as written.
 */
public final class TaskObjects {
  private TaskObjects() {}

  public static TaskAssignment assignment(
      RunDefinition definition, RunView view, RunObject attempt) {
    var start = RunObjects.periodStart(attempt);
    var runtime = view.runtimeFor(start);
    var objects = new LinkedHashMap<String, PipelineObject>();
    objects.put(attempt.id(), rendered(definition, runtime, attempt));
    for (var field : attempt.fields()) {
      if (!field.isRef() || objects.containsKey(field.refValue())) {
        continue;
      }
      var target = field.refValue();
      var run = view.get(target);
      if (run.isPresent()) {
        objects.put(target, rendered(definition, runtime, run.get()));
      } else {
        definition
            .object(target)
            .ifPresent(component -> objects.put(target, component(definition, runtime, component)));
      }
    }
    return new TaskAssignment(attempt.taskId(), attempt.pipelineId(), attempt.id(), objects);
  }

  private static PipelineObject rendered(
      RunDefinition definition,
      java.util.function.Function<String, java.util.Map<String, String>> runtime,
      RunObject object) {
    var scope = definition.scope(object.componentId(), runtime);
    var fields = object.fields().stream().map(f -> render(scope, f)).toList();
    return new PipelineObject(object.id(), object.id(), fields);
  }

  private static PipelineObject component(
      RunDefinition definition,
      java.util.function.Function<String, java.util.Map<String, String>> runtime,
      ResolvedObject component) {
    var scope = definition.scope(component.id(), runtime);
    var fields = new ArrayList<Field>();
    if (component.type() != null) {
      fields.add(Field.text("type", component.type()));
    }
    for (var entry : new TreeMap<>(component.fields()).entrySet()) {
      if (entry.getKey().equals("type")) {
        continue;
      }
      for (var value : entry.getValue()) {
        fields.add(
            switch (value) {
              case FieldValue.Text text -> render(scope, Field.text(entry.getKey(), text.value()));
              case FieldValue.Ref ref -> Field.ref(entry.getKey(), ref.id());
            });
      }
    }
    var name = component.name() != null ? component.name() : component.id();
    return new PipelineObject(component.id(), name, List.copyOf(fields));
  }

  private static Field render(RunLanguage.Scope scope, Field field) {
    if (field.isRef() || field.stringValue() == null || !field.stringValue().contains("#{")) {
      return field;
    }
    var value = scope.render(field.stringValue());
    return value.isOk() ? Field.text(field.key(), value.value()) : field;
  }
}
