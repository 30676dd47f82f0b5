package dev.sluice.aws.auth.internal;

import dev.sluice.aws.chunked.BodyFailures;
import dev.sluice.core.result.RejectedInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A plain body that must bring as many bytes as its Content-Length said: else IncompleteBody. */
public final class LengthCheckedInputStream extends FilterInputStream {
  private final long expected;
  private long received;

  /**
   * @param expected the Content-Length, or -1 when the body is framed otherwise
   */
  public LengthCheckedInputStream(InputStream in, long expected) {
    super(in);
    this.expected = expected;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      return atEnd();
    }
    received++;
    return b;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    int n = in.read(target, offset, length);
    if (n < 0) {
      return atEnd();
    }
    received += n;
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = in.skip(n);
    received += skipped;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private int atEnd() throws RejectedInput {
    if (expected >= 0 && received < expected) {
      throw new RejectedInput(BodyFailures.incompleteBody(expected, received));
    }
    return -1;
  }
}
