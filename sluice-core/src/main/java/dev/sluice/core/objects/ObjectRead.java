package dev.sluice.core.objects;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * An object opened for reading: its metadata, the bytes to send ({@code length} bytes starting at
 * {@code first}), and whether that is a partial (206) answer. The channel was opened when the read
 * was answered, so a concurrent overwrite cannot tear it. Close it.
 *
 * @param channel the open blob; null for HeadObject
 * @param partial true when a range or part was asked for
 */
public record ObjectRead(
    ObjectRecord record, long first, long length, boolean partial, SeekableByteChannel channel)
    implements Closeable {

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
