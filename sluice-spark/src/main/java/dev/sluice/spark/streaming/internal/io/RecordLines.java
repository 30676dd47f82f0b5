package dev.sluice.spark.streaming.internal.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes records to a reducer's or combiner's stdin: key, separator, value, LF per record. */
public final class RecordLines {

  private final OutputStream out;
  private final byte[] separator;

  public RecordLines(OutputStream out, byte[] separator) {
    this.out = out;
    this.separator = separator.clone();
  }

  public void write(byte[] key, byte[] value) throws IOException {
    out.write(key);
    out.write(separator);
    out.write(value);
    out.write('\n');
  }

  /** The line {@link #write} would send, for programs run in-process. */
  public static byte[] line(byte[] key, byte[] separator, byte[] value) {
    byte[] line = new byte[key.length + separator.length + value.length];
    System.arraycopy(key, 0, line, 0, key.length);
    System.arraycopy(separator, 0, line, key.length, separator.length);
    System.arraycopy(value, 0, line, key.length + separator.length, value.length);
    return line;
  }
}
