package dev.sluice.spark.streaming.internal.io;

import java.io.IOException;

/** Receives key/value records as slices of a buffer the caller reuses. */
@FunctionalInterface
public interface RecordSink {

  /**
   * One record: the key is {@code [keyStart, keyEnd)}, the value {@code [valueStart, valueEnd)}.
   */
  void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd)
      throws IOException;
}
