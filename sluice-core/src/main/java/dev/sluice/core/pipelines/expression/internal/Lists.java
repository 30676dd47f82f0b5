package dev.sluice.core.pipelines.expression.internal;

import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Applying a step that may fail to each element of a list, stopping at the first failure. */
final class Lists {
  private Lists() {}

  static <T, R> Result<List<R>> each(List<T> items, Function<T, Result<R>> step) {
    var results = new ArrayList<R>(items.size());
    for (var item : items) {
      var result = step.apply(item);
      if (!result.isOk()) {
        return Result.err(result.failure());
      }
      results.add(result.value());
    }
    return Result.ok(results);
  }

  /** Each element mapped, as a list value. */
  static Result<Value> map(List<Value> items, Function<Value, Result<Value>> step) {
    return each(items, step).map(Value.Many::new);
  }
}
