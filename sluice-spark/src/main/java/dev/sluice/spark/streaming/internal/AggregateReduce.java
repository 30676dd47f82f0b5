package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.aggregate.AggregateKeys;
import dev.sluice.spark.streaming.internal.aggregate.Aggregator;
import dev.sluice.spark.streaming.internal.io.PartWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import scala.Tuple2;

/**
 * Hadoop's ValueAggregatorReducer: each key group is aggregated by the type its prefix names, and
 * written as the key without its prefix and the aggregator's report.
 */
final class AggregateReduce {

  private AggregateReduce() {}

  static void run(JobPlan plan, Iterator<Tuple2<byte[], byte[]>> records, PartWriter writer)
      throws IOException {
    byte[] key = null;
    Aggregator aggregator = null;
    while (records.hasNext()) {
      Tuple2<byte[], byte[]> record = records.next();
      if (key == null || !Arrays.equals(key, record._1())) {
        write(key, aggregator, writer);
        key = record._1();
        aggregator = AggregateKeys.aggregatorFor(key, 0, key.length, plan.uniqueLimit());
      }
      aggregator.add(record._2(), 0, record._2().length);
    }
    write(key, aggregator, writer);
  }

  private static void write(byte[] key, Aggregator aggregator, PartWriter writer)
      throws IOException {
    if (key == null) {
      return;
    }
    int colon = AggregateKeys.typeEnd(key, 0, key.length);
    writer.write(
        Arrays.copyOfRange(key, colon + 1, key.length),
        aggregator.report().getBytes(StandardCharsets.UTF_8));
  }
}
