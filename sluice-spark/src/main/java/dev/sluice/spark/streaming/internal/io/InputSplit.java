package dev.sluice.spark.streaming.internal.io;

import java.io.Serializable;

/**
 * A byte range of one input file for one map task. The task reads the lines that start inside the
 * range (a line crossing its end belongs to it); a compressed file is one whole split.
 */
public record InputSplit(String path, long start, long length, boolean compressed)
    implements Serializable {

  public long end() {
    return start + length;
  }
}
