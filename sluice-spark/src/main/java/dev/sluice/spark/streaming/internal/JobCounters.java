package dev.sluice.spark.streaming.internal;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters as Spark accumulators: tasks count locally in a {@link TaskCounts} and add
 * their totals once they succeed; {@code reporter:counter} lines travel as text.
 */
public final class JobCounters implements Serializable {

  private final Map<Counter, LongAccumulator> counters = new EnumMap<>(Counter.class);
  private final CollectionAccumulator<String> reported;

  private JobCounters(JavaSparkContext sc) {
    for (Counter counter : Counter.values()) {
      counters.put(counter, sc.sc().longAccumulator("sluice." + counter.name()));
    }
    reported = sc.sc().collectionAccumulator("sluice.reporter");
  }

  public static JobCounters register(JavaSparkContext sc) {
    return new JobCounters(sc);
  }

  /** Adds a finished task's counts. */
  void add(TaskCounts counts) {
    counts.values().forEach((counter, value) -> counters.get(counter).add(value));
    counts.reported().forEach((name, value) -> reported.add(name + "\t" + value));
  }

  public long get(Counter counter) {
    return counters.get(counter).value();
  }

  /** {@code group<TAB>name} to total, from the programs' {@code reporter:counter} lines. */
  public Map<String, Long> reported() {
    Map<String, Long> totals = new TreeMap<>();
    List<String> entries = reported.value();
    for (String entry : entries) {
      int last = entry.lastIndexOf('\t');
      totals.merge(entry.substring(0, last), Long.parseLong(entry.substring(last + 1)), Long::sum);
    }
    return totals;
  }
}
