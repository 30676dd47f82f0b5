package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.result.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTags on functions. */
final class TagOperations {
  private final Mutations mutations;

  TagOperations(Mutations mutations) {
    this.mutations = mutations;
  }

  Result<Void> tag(FunctionCaller caller, String resourceArn, Map<String, String> tags) {
    return mutations.apply(
        caller,
        resourceArn,
        function -> {
          var merged = new HashMap<>(function.tags());
          merged.putAll(tags);
          return Result.ok(Change.<Void>of(function.withTags(merged), null));
        });
  }

  Result<Void> untag(FunctionCaller caller, String resourceArn, List<String> keys) {
    return mutations.apply(
        caller,
        resourceArn,
        function -> {
          var remaining = new HashMap<>(function.tags());
          keys.forEach(remaining::remove);
          return Result.ok(Change.<Void>of(function.withTags(remaining), null));
        });
  }

  Result<Map<String, String>> list(FunctionCaller caller, String resourceArn) {
    return mutations.read(caller, resourceArn).map(FunctionRecord::tags);
  }
}
