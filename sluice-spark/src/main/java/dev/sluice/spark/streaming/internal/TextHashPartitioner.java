package dev.sluice.spark.streaming.internal;

import org.apache.spark.Partitioner;

/**
 * Hadoop's HashPartitioner over Text keys: {@code (hash & Integer.MAX_VALUE) % reduces}, where a
 * Text's hash starts at 1 and folds each (signed) byte as {@code 31 * hash + byte}. Keys land in
 * the same part files as on Hadoop.
 */
public final class TextHashPartitioner extends Partitioner {

  private final int partitions;

  public TextHashPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (textHash((byte[]) key) & Integer.MAX_VALUE) % partitions;
  }

  static int textHash(byte[] bytes) {
    int hash = 1;
    for (byte b : bytes) {
      hash = 31 * hash + b;
    }
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextHashPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
