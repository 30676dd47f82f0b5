package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.run.RunLanguage;
import dev.sluice.core.result.Result;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rendered fields of the resource an activity runs on (an EmrCluster's release label, instance
 * types, ...; references as ids), plus its {@code id} and {@code type}: the settings its EMR steps
 * run with.
 */
public final class ResourceFields {
  private ResourceFields() {}

  public static Result<Map<String, String>> of(RunDefinition definition, RunLanguage.Scope scope) {
    var resource = definition.object(scope.objectId());
    var fields = new LinkedHashMap<String, String>();
    fields.put("id", scope.objectId());
    resource.map(r -> r.type()).ifPresent(type -> fields.put("type", type));
    var keys = new TreeSet<>(resource.map(r -> r.fields().keySet()).orElse(java.util.Set.of()));
    keys.remove("parent");
    for (var key : keys) {
      var value = scope.rendered(key);
      if (!value.isOk()) {
        return Result.err(value.failure());
      }
      value.value().ifPresent(v -> fields.putIfAbsent(key, v));
    }
    return Result.ok(Map.copyOf(fields));
  }
}
