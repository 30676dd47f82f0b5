package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts distinct values. Like Hadoop's, it stops taking new values once it holds more than {@code
 * aggregate.max.num.unique.values} of them (so it may report that limit plus one).
 */
final class UniqValueCount implements Aggregator {

  private final long limit;
  private final Set<String> values = new HashSet<>();

  UniqValueCount(long limit) {
    this.limit = limit > 0 ? limit : Long.MAX_VALUE;
  }

  @Override
  public void add(byte[] buf, int offset, int length) {
    if (values.size() <= limit) {
      values.add(new String(buf, offset, length, StandardCharsets.UTF_8));
    }
  }

  @Override
  public String report() {
    return Integer.toString(values.size());
  }

  @Override
  public List<String> combinerOutput() {
    return List.copyOf(values);
  }
}
