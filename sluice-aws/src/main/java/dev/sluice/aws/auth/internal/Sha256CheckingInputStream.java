package dev.sluice.aws.auth.internal;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * A body whose SHA-256 the client declared in {@code x-amz-content-sha256}: hashed as it is read
 * and compared at its end ({@code XAmzContentSHA256Mismatch} when they differ).
 */
public final class Sha256CheckingInputStream extends FilterInputStream {
  private final MessageDigest digest = Sha256.newDigest();
  private final String declared;
  private boolean checked;

  public Sha256CheckingInputStream(InputStream in, String declaredHex) {
    super(in);
    this.declared = declaredHex.toLowerCase(Locale.ROOT);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      return atEnd();
    }
    digest.update((byte) b);
    return b;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    int n = in.read(target, offset, length);
    if (n < 0) {
      return atEnd();
    }
    digest.update(target, offset, n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return skipByReading(n);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private long skipByReading(long n) throws IOException {
    var scratch = new byte[(int) Math.min(8192, Math.max(n, 1))];
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  private int atEnd() throws RejectedInput {
    if (!checked) {
      checked = true;
      var computed = Hex.encode(digest.digest());
      if (!computed.equals(declared)) {
        throw new RejectedInput(
            Failure.of(
                    "XAmzContentSHA256Mismatch",
                    400,
                    "The provided 'x-amz-content-sha256' header does not match what was computed.")
                .with("ClientComputedContentSHA256", declared)
                .with("S3ComputedContentSHA256", computed));
      }
    }
    return -1;
  }
}
