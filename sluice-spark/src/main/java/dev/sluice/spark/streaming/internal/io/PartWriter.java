package dev.sluice.spark.streaming.internal.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes records as Hadoop's TextOutputFormat does: key, separator, value, LF (the separator is
 * written even for an empty value, as Hadoop does for streaming output).
 */
public final class PartWriter implements RecordSink, Closeable {

  private final OutputStream out;
  private final byte[] separator;
  private long records;
  private long bytes;

  public PartWriter(Path file, byte[] separator) throws IOException {
    Files.createDirectories(file.getParent());
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 18);
    this.separator = separator.clone();
  }

  @Override
  public void accept(byte[] buf, int keyStart, int keyEnd, int valueStart, int valueEnd)
      throws IOException {
    out.write(buf, keyStart, keyEnd - keyStart);
    out.write(separator);
    out.write(buf, valueStart, valueEnd - valueStart);
    out.write('\n');
    records++;
    bytes += (keyEnd - keyStart) + separator.length + (valueEnd - valueStart) + 1;
  }

  /** Writes one record from whole arrays. */
  public void write(byte[] key, byte[] value) throws IOException {
    out.write(key);
    out.write(separator);
    out.write(value);
    out.write('\n');
    records++;
    bytes += key.length + separator.length + value.length + 1;
  }

  public long records() {
    return records;
  }

  public long bytes() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
