package dev.sluice.server.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Streams a range of a channel into a response with two large direct buffers: while one is being
 * written to the socket, the next chunk is read into the other.
 */
final class ChannelStreamer {
  static final int CHUNK = 1 << 20;

  private ChannelStreamer() {}

  static void stream(
      Request request, Response response, SeekableByteChannel source, long offset, long length)
      throws IOException {
    source.position(offset);
    int size = (int) Math.min(CHUNK, Math.max(length, 1));
    var pool = request.getComponents().getByteBufferPool();
    RetainableByteBuffer first = pool.acquire(size, true);
    RetainableByteBuffer second = pool.acquire(size, true);
    try {
      copy(response, source, length, first.getByteBuffer(), second.getByteBuffer());
    } finally {
      first.release();
      second.release();
    }
  }

  private static void copy(
      Response response, SeekableByteChannel source, long length, ByteBuffer next, ByteBuffer spare)
      throws IOException {
    long remaining = length;
    FutureCallback inFlight = null;
    do {
      int chunk = (int) Math.min(remaining, Math.min(next.capacity(), CHUNK));
      fill(source, next, chunk);
      remaining -= chunk;
      if (inFlight != null) {
        inFlight.block();
      }
      inFlight = new FutureCallback();
      response.write(remaining == 0, next, inFlight);
      var written = next;
      next = spare;
      spare = written;
    } while (remaining > 0);
    inFlight.block();
  }

  private static void fill(SeekableByteChannel source, ByteBuffer buffer, int chunk)
      throws IOException {
    buffer.clear().limit(chunk);
    while (buffer.hasRemaining()) {
      if (source.read(buffer) < 0) {
        throw new EOFException("the object's channel ended before its announced length");
      }
    }
    buffer.flip();
  }
}
