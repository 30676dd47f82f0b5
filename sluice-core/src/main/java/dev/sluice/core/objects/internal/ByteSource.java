package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** Bytes to store: a client's request body, or a range of a stored blob (copies). */
sealed interface ByteSource {

  /** Reads into {@code buffer}; -1 at the end. */
  int read(byte[] buffer) throws IOException;

  /** The number of bytes expected, or -1 when unknown. */
  long length();

  /** What to answer when reading fails. */
  Failure readFailure(IOException e);

  /** What to answer when fewer than {@link #length()} bytes arrive. */
  Failure shortFailure();

  /** A client's body: bad bytes carry their own failure; a broken stream is an incomplete body. */
  record ClientBody(InputStream stream, long length) implements ByteSource {
    @Override
    public int read(byte[] buffer) throws IOException {
      return stream.read(buffer);
    }

    @Override
    public Failure readFailure(IOException e) {
      return e instanceof RejectedInput rejected ? rejected.failure() : S3Failures.incompleteBody();
    }

    @Override
    public Failure shortFailure() {
      return S3Failures.incompleteBody();
    }
  }

  /** {@code length} bytes of an open blob from its current position; failures are ours. */
  final class BlobRange implements ByteSource {
    private final SeekableByteChannel channel;
    private final long length;
    private long remaining;

    BlobRange(SeekableByteChannel channel, long first, long length) throws IOException {
      this.channel = channel.position(first);
      this.length = length;
      this.remaining = length;
    }

    @Override
    public int read(byte[] buffer) throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int n = channel.read(ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, remaining)));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public Failure readFailure(IOException e) {
      return S3Failures.internalError();
    }

    @Override
    public Failure shortFailure() {
      return S3Failures.internalError();
    }
  }
}
