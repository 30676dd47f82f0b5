package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts occurrences of each value (a value may carry its own count as {@code value<TAB>count}).
 * Reports, tab-separated: the number of distinct values, then the minimum, median ({@code
 * counts[n/2]} of the sorted counts), maximum, average and population standard deviation of their
 * counts, the last two as {@link Double#toString(double)} writes them.
 */
final class ValueHistogram implements Aggregator {

  private final Map<String, Long> counts = new HashMap<>();

  @Override
  public void add(byte[] buf, int offset, int length) {
    String text = new String(buf, offset, length, StandardCharsets.UTF_8);
    int tab = text.lastIndexOf('\t');
    String value = tab < 0 ? text : text.substring(0, tab);
    long count = tab < 0 ? 1 : Long.parseLong(text.substring(tab + 1));
    counts.merge(value, count, Long::sum);
  }

  @Override
  public String report() {
    long[] sorted = counts.values().stream().mapToLong(Long::longValue).sorted().toArray();
    StringBuilder report = new StringBuilder().append(sorted.length);
    if (sorted.length == 0) {
      return report.toString();
    }
    double average = (double) Arrays.stream(sorted).sum() / sorted.length;
    double squares = 0;
    for (long count : sorted) {
      squares += (count - average) * (count - average);
    }
    return report
        .append('\t')
        .append(sorted[0])
        .append('\t')
        .append(sorted[sorted.length / 2])
        .append('\t')
        .append(sorted[sorted.length - 1])
        .append('\t')
        .append(average)
        .append('\t')
        .append(Math.sqrt(squares / sorted.length))
        .toString();
  }

  @Override
  public List<String> combinerOutput() {
    return counts.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
  }
}
