package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sums double values; reports them as {@link Double#toString(double)} does. */
final class DoubleValueSum implements Aggregator {

  private double sum;

  @Override
  public void add(byte[] buf, int offset, int length) {
    sum += Double.parseDouble(new String(buf, offset, length, StandardCharsets.UTF_8));
  }

  @Override
  public String report() {
    return Double.toString(sum);
  }

  @Override
  public List<String> combinerOutput() {
    return List.of(report());
  }
}
