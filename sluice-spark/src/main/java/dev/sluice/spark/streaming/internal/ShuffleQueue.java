package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.RecordSink;
import java.util.ArrayDeque;
import java.util.Arrays;
import scala.Tuple2;

/** Map output waiting to be pulled into Spark's shuffle, as (key, value) byte arrays. */
final class ShuffleQueue implements RecordSink {

  private final ArrayDeque<Tuple2<byte[], byte[]>> records = new ArrayDeque<>();

  @Override
  public void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd) {
    add(Arrays.copyOfRange(buf, keyStart, keyEnd), Arrays.copyOfRange(buf, valueStart, valueEnd));
  }

  void add(byte[] key, byte[] value) {
    records.addLast(new Tuple2<>(key, value));
  }

  boolean isEmpty() {
    return records.isEmpty();
  }

  Tuple2<byte[], byte[]> poll() {
    return records.pollFirst();
  }
}
