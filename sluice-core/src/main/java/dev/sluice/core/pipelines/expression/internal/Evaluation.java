package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

/**
 * One rendering's state: the fields being evaluated, so that a field whose value refers back to
 * itself, directly or through other fields and objects, is a failure and not an endless loop.
 */
final class Evaluation {
  private final LinkedHashSet<String> active = new LinkedHashSet<>();

  Result<Value> guarded(String objectId, String key, Supplier<Result<Value>> body) {
    var field = objectId + "." + key;
    if (!active.add(field)) {
      var chain = new ArrayList<>(active);
      var loop = new ArrayList<>(chain.subList(chain.indexOf(field), chain.size()));
      loop.add(field);
      return Result.err(Problems.invalid("circular reference: " + String.join(" -> ", loop)));
    }
    try {
      return body.get();
    } finally {
      active.remove(field);
    }
  }
}
