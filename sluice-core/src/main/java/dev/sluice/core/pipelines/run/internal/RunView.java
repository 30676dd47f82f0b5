package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.RunObject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run objects of one generation of a pipeline, by id, as a change sees them: what it puts
 * replaces what was read and is remembered as changed.
 */
public final class RunView {
  private static final List<String> PLAIN_RUNTIME_FIELDS =
      List.of(
          RunObjects.ERROR_ID,
          RunObjects.ERROR_MESSAGE,
          RunObjects.ERROR_STACK_TRACE,
          RunObjects.HOSTNAME,
          RunObjects.REPORT_PROGRESS_TIME,
          RunObjects.CANCELLATION_REASON);

  private final int generation;
  private final Map<String, RunObject> objects = new LinkedHashMap<>();
  private final Map<String, RunObject> changed = new LinkedHashMap<>();

  public RunView(List<RunObject> all, int generation) {
    this.generation = generation;
    for (var object : all) {
      if (object.generation() == generation) {
        objects.put(object.id(), object);
      }
    }
  }

  public int generation() {
    return generation;
  }

  public Optional<RunObject> get(String id) {
    return Optional.ofNullable(objects.get(id));
  }

  public void put(RunObject object) {
    objects.put(object.id(), object);
    changed.put(object.id(), object);
  }

  public Collection<RunObject> changed() {
    return changed.values();
  }

  public Collection<RunObject> all() {
    return objects.values();
  }

  public List<RunObject> instances() {
    return objects.values().stream().filter(RunObjects::isInstance).toList();
  }

  public List<RunObject> instancesOf(String componentId) {
    return instances().stream().filter(o -> o.componentId().equals(componentId)).toList();
  }

  /** The component's instance for the period starting at {@code start}. */
  public Optional<RunObject> instance(String componentId, Instant start) {
    return get(RunIds.instanceId(componentId, start)).filter(RunObjects::isInstance);
  }

  public Optional<RunObject> headAttempt(RunObject instance) {
    return RunObjects.fields(instance).ref(RunObjects.HEAD_ATTEMPT).flatMap(this::get);
  }

  /**
   * The component's instance a period reads: the one of the same period, else its latest before.
   */
  public Optional<RunObject> current(String componentId, Instant start) {
    var same = instance(componentId, start);
    if (same.isPresent()) {
      return same;
    }
    return instancesOf(componentId).stream()
        .filter(o -> !RunObjects.periodStart(o).isAfter(start))
        .max(java.util.Comparator.comparing(RunObjects::periodStart));
  }

  /** The runtime fields of components' instances as a period's expressions see them. */
  public Function<String, Map<String, String>> runtimeFor(Instant periodStart) {
    return componentId ->
        current(componentId, periodStart).map(RunView::runtimeFields).orElse(Map.of());
  }

  /** The {@code @}-fields and the error, host and progress fields of a run object. */
  public static Map<String, String> runtimeFields(RunObject object) {
    var out = new LinkedHashMap<String, String>();
    for (var field : object.fields()) {
      boolean runtime = field.key().startsWith("@") || PLAIN_RUNTIME_FIELDS.contains(field.key());
      if (runtime && !field.isRef()) {
        out.putIfAbsent(field.key(), field.stringValue());
      }
    }
    return out;
  }
}
