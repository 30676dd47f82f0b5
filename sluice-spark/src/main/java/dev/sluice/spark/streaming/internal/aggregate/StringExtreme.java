package dev.sluice.spark.streaming.internal.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lexicographically largest (StringValueMax) or smallest (StringValueMin) value, compared as
 * Java strings.
 */
final class StringExtreme implements Aggregator {

  private final boolean max;
  private String value;

  private StringExtreme(boolean max) {
    this.max = max;
  }

  static StringExtreme max() {
    return new StringExtreme(true);
  }

  static StringExtreme min() {
    return new StringExtreme(false);
  }

  @Override
  public void add(byte[] buf, int offset, int length) {
    String next = new String(buf, offset, length, StandardCharsets.UTF_8);
    if (value == null || (max ? value.compareTo(next) < 0 : value.compareTo(next) > 0)) {
      value = next;
    }
  }

  @Override
  public String report() {
    return String.valueOf(value);
  }

  @Override
  public List<String> combinerOutput() {
    return List.of(report());
  }
}
