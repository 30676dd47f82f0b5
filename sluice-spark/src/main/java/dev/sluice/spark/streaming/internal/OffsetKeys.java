package dev.sluice.spark.streaming.internal;

import dev.sluice.spark.streaming.internal.io.RecordSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Hadoop's IdentityMapper over TextInputFormat: each line becomes a record whose key is the line's
 * byte offset in its file (offsets count LF line ends) and whose value is the line.
 */
final class OffsetKeys implements RecordSink {

  private final RecordSink downstream;
  private long offset;
  private byte[] scratch = new byte[256];

  OffsetKeys(long firstOffset, RecordSink downstream) {
    this.offset = firstOffset;
    this.downstream = downstream;
  }

  /** Takes a whole line, however a key/value reader split it. */
  @Override
  public void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd)
      throws IOException {
    int length = Math.max(keyEnd, valueEnd) - keyStart;
    byte[] key = Long.toString(offset).getBytes(StandardCharsets.US_ASCII);
    if (scratch.length < key.length + length) {
      scratch = new byte[Math.max(scratch.length * 2, key.length + length)];
    }
    System.arraycopy(key, 0, scratch, 0, key.length);
    System.arraycopy(buf, keyStart, scratch, key.length, length);
    downstream.accept(scratch, 0, key.length, key.length, key.length + length);
    offset += length + 1;
  }
}
