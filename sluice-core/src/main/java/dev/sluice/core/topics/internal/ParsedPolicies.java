package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.filter.FilterPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Filter policies parsed once per text and scope, not once per publish. */
final class ParsedPolicies {
  private static final int MAX_ENTRIES = 10_000;
  private static final Map<Key, Result<FilterPolicy>> PARSED = new ConcurrentHashMap<>();

  private record Key(String json, FilterPolicy.Scope scope) {}

  private ParsedPolicies() {}

  static Result<FilterPolicy> parse(String json, FilterPolicy.Scope scope) {
    var key = new Key(json, scope);
    Result<FilterPolicy> parsed = PARSED.get(key);
    if (parsed == null) {
      if (PARSED.size() >= MAX_ENTRIES) {
        PARSED.clear();
      }
      parsed = FilterPolicy.parse(json, scope);
      PARSED.put(key, parsed);
    }
    return parsed;
  }
}
