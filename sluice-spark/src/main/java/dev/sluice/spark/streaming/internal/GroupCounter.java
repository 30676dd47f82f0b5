package dev.sluice.spark.streaming.internal;

import java.util.Arrays;
import java.util.Iterator;
import scala.Tuple2;

/** A reduce task's sorted input, counting records and key groups as they pass. */
final class GroupCounter implements Iterator<Tuple2<byte[], byte[]>> {

  private final Iterator<Tuple2<byte[], byte[]>> records;
  private byte[] lastKey;
  private long count;
  private long groups;

  GroupCounter(Iterator<Tuple2<byte[], byte[]>> records) {
    this.records = records;
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public Tuple2<byte[], byte[]> next() {
    Tuple2<byte[], byte[]> record = records.next();
    count++;
    if (lastKey == null || !Arrays.equals(lastKey, record._1())) {
      groups++;
      lastKey = record._1();
    }
    return record;
  }

  long records() {
    return count;
  }

  long groups() {
    return groups;
  }
}
