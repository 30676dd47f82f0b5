package dev.sluice.core.pipelines.definition.internal;

import dev.sluice.core.pipelines.definition.FieldValue;
import dev.sluice.core.pipelines.definition.ObjectKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No object is its own ancestor through {@code parent}, and none waits on itself: through {@code
 * dependsOn}, an activity's {@code input} data nodes, and the activities that {@code output} to a
 * data node.
 */
final class CycleCheck {
  private CycleCheck() {}

  static void check(DefinitionModel model, Findings findings) {
    var parents = new HashMap<String, Set<String>>();
    model.objects().forEach((id, o) -> parents.put(id, setOf(Inheritance.parentOf(o))));
    var waits = waitEdges(model);
    for (var id : model.ids()) {
      path(id, parents).ifPresent(p -> findings.error(id, Messages.parentCycle(p)));
      path(id, waits).ifPresent(p -> findings.error(id, Messages.dependencyCycle(p)));
    }
  }

  private static Map<String, Set<String>> waitEdges(DefinitionModel model) {
    var edges = new HashMap<String, Set<String>>();
    for (var id : model.ids()) {
      var waitsOn = edges.computeIfAbsent(id, k -> new LinkedHashSet<>());
      waitsOn.addAll(refs(model, id, "dependsOn"));
      if (kind(model, id) == ObjectKind.ACTIVITY) {
        waitsOn.addAll(refs(model, id, "input"));
        for (var node : refs(model, id, "output")) {
          edges.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(id);
        }
      }
    }
    return edges;
  }

  /** The shortest path from {@code id} back to itself along {@code edges}, if there is one. */
  private static java.util.Optional<List<String>> path(String id, Map<String, Set<String>> edges) {
    var cameFrom = new HashMap<String, String>();
    var queue = new ArrayDeque<String>();
    queue.add(id);
    while (!queue.isEmpty()) {
      var at = queue.poll();
      for (var next : edges.getOrDefault(at, Set.of())) {
        if (next.equals(id)) {
          return java.util.Optional.of(walkBack(id, at, cameFrom));
        }
        if (!cameFrom.containsKey(next) && edges.containsKey(next)) {
          cameFrom.put(next, at);
          queue.add(next);
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static List<String> walkBack(String id, String last, Map<String, String> cameFrom) {
    var path = new ArrayList<String>();
    path.add(id);
    for (var at = last; !at.equals(id); at = cameFrom.get(at)) {
      path.add(1, at);
    }
    path.add(id);
    return path;
  }

  private static List<String> refs(DefinitionModel model, String id, String key) {
    return model.values(id, key).stream()
        .filter(FieldValue.Ref.class::isInstance)
        .map(v -> ((FieldValue.Ref) v).id())
        .toList();
  }

  private static ObjectKind kind(DefinitionModel model, String id) {
    return model.resolved().get(id).kind();
  }

  private static Set<String> setOf(String id) {
    return id == null ? Set.of() : Set.of(id);
  }
}
