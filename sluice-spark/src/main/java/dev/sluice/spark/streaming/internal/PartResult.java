package dev.sluice.spark.streaming.internal;

import java.io.Serializable;

/**
 * A task's finished part file, waiting for the job to commit it. A class rather than a record: task
 * results travel through Spark's serializer, and Kryo cannot write records.
 */
public final class PartResult implements Serializable {

  private final String name;
  private final String file;
  private final long records;
  private final long bytes;

  public PartResult(String name, String file, long records, long bytes) {
    this.name = name;
    this.file = file;
    this.records = records;
    this.bytes = bytes;
  }

  /** {@code part-00000}. */
  public String name() {
    return name;
  }

  /** Where the attempt wrote it. */
  public String file() {
    return file;
  }

  public long records() {
    return records;
  }

  public long bytes() {
    return bytes;
  }
}
