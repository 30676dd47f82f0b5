package dev.sluice.spark.streaming.internal.aggregate;

import java.util.List;

/** The largest (LongValueMax) or smallest (LongValueMin) long value. */
final class LongExtreme implements Aggregator {

  private final boolean max;
  private long value;

  private LongExtreme(boolean max) {
    this(max, max ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /** An extreme that has seen {@code value} so far. */
  LongExtreme(boolean max, long value) {
    this.max = max;
    this.value = value;
  }

  static LongExtreme max() {
    return new LongExtreme(true);
  }

  static LongExtreme min() {
    return new LongExtreme(false);
  }

  @Override
  public void add(byte[] buf, int offset, int length) {
    long next = DecimalLongs.parse(buf, offset, length);
    value = max ? Math.max(value, next) : Math.min(value, next);
  }

  @Override
  public String report() {
    return Long.toString(value);
  }

  @Override
  public List<String> combinerOutput() {
    return List.of(report());
  }
}
