package dev.sluice.spark.streaming.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One task's counters, added to the job's when the task succeeds. */
final class TaskCounts {

  private final Map<Counter, Long> values = new EnumMap<>(Counter.class);
  private final Map<String, Long> reported = new HashMap<>();

  void add(Counter counter, long amount) {
    values.merge(counter, amount, Long::sum);
  }

  void addReported(Map<String, Long> counters) {
    counters.forEach((name, amount) -> reported.merge(name, amount, Long::sum));
  }

  Map<Counter, Long> values() {
    return values;
  }

  Map<String, Long> reported() {
    return reported;
  }
}
