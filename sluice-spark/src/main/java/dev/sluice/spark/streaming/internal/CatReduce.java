package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.PartWriter;
import dev.sluice.spark.streaming.internal.io.RecordLines;
import java.io.IOException;
import java.util.Iterator;
import scala.Tuple2;

/**
 * {@code -reducer cat} in-process: each record becomes the line {@code cat} would receive and echo,
 * read back with the reducer output settings, exactly as the command would be.
 */
final class CatReduce {

  private CatReduce() {}

  static void run(JobPlan plan, Iterator<Tuple2<byte[], byte[]>> records, PartWriter writer)
      throws IOException {
    while (records.hasNext()) {
      Tuple2<byte[], byte[]> record = records.next();
      byte[] line = RecordLines.line(record._1(), plan.reduceInputSeparator(), record._2());
      plan.reduceOutput().split(line, 0, line.length, writer);
    }
  }
}
