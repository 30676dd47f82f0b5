package dev.sluice.spark.streaming.internal.aggregate;

import java.util.List;

/** Sums long values. */
final class LongValueSum implements Aggregator {

  private long sum;

  LongValueSum() {
    this(0);
  }

  /** A sum that starts at {@code sum}. */
  LongValueSum(long sum) {
    this.sum = sum;
  }

  @Override
  public void add(byte[] buf, int offset, int length) {
    sum += DecimalLongs.parse(buf, offset, length);
  }

  @Override
  public String report() {
    return Long.toString(sum);
  }

  @Override
  public List<String> combinerOutput() {
    return List.of(report());
  }
}
