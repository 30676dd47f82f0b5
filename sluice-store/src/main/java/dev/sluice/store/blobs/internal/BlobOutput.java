package dev.sluice.store.blobs.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * A buffered stream into a blob's file. Closing it only flushes: the writer owns the file and
 * decides between commit and abandon.
 */
final class BlobOutput extends OutputStream {
  static final int BUFFER_SIZE = 64 * 1024;

  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);

  BlobOutput(FileChannel channel) {
    this.channel = channel;
  }

  @Override
  public void write(int b) throws IOException {
    if (!buffer.hasRemaining()) {
      flush();
    }
    buffer.put((byte) b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length >= BUFFER_SIZE) {
      flush();
      writeFully(ByteBuffer.wrap(bytes, offset, length));
      return;
    }
    if (length > buffer.remaining()) {
      flush();
    }
    buffer.put(bytes, offset, length);
  }

  @Override
  public void flush() throws IOException {
    buffer.flip();
    writeFully(buffer);
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void writeFully(ByteBuffer source) throws IOException {
    while (source.hasRemaining()) {
      channel.write(source);
    }
  }
}
