package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.Page;
import java.util.List;
import java.util.function.Function;

/** Marker/MaxItems paging over a sorted list: the marker is the key of the last item returned. */
final class Paging {
  static final int DEFAULT_MAX_ITEMS = 50;

  private Paging() {}

  static <T> Page<T> page(
      List<T> sorted, Function<T, String> key, String marker, Integer maxItems) {
    int max = maxItems == null || maxItems < 1 ? DEFAULT_MAX_ITEMS : Math.min(maxItems, 10000);
    int start = 0;
    if (marker != null && !marker.isEmpty()) {
      while (start < sorted.size() && !key.apply(sorted.get(start)).equals(marker)) {
        start++;
      }
      start++;
    }
    start = Math.min(start, sorted.size());
    int end = Math.min(sorted.size(), start + max);
    var items = sorted.subList(start, end);
    var next = end < sorted.size() ? key.apply(sorted.get(end - 1)) : null;
    return new Page<>(items, next);
  }
}
