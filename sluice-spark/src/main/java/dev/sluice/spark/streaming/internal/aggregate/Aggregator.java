package dev.sluice.spark.streaming.internal.aggregate;

import java.util.List;

/**
 * One key's running aggregate, with the semantics of Hadoop's {@code
 * org.apache.hadoop.mapred.lib.aggregate} value aggregators.
 */
public interface Aggregator {

  /** Adds one value (UTF-8 bytes). */
  void add(byte[] buf, int offset, int length);

  /** The reducer's output value. */
  String report();

  /** The values a combiner passes on for this key; the reducer aggregates them again. */
  List<String> combinerOutput();
}
