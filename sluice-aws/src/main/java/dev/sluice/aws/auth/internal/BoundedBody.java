package dev.sluice.aws.auth.internal;

import dev.sluice.aws.chunked.BodyFailures;
import dev.sluice.core.result.RejectedInput;
import dev.sluice.core.result.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a small body (a JSON or form request) into memory, up to a bound. A body that breaks off is
 * {@code IncompleteBody}.
 */
public final class BoundedBody {
  /** The largest body buffered to compute its hash: 10 MiB. */
  public static final int LIMIT = 10 * 1024 * 1024;

  private BoundedBody() {}

  public static Result<byte[]> read(
      InputStream body, long contentLength, int limit, AuthErrors errors) {
    if (contentLength > limit) {
      return Result.err(errors.payloadTooLarge(limit));
    }
    var bytes = new ByteArrayOutputStream(contentLength > 0 ? (int) contentLength : 256);
    var buffer = new byte[8192];
    try {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        if (bytes.size() + n > limit) {
          return Result.err(errors.payloadTooLarge(limit));
        }
        bytes.write(buffer, 0, n);
      }
    } catch (RejectedInput e) {
      return Result.err(e.failure());
    } catch (IOException e) {
      return Result.err(BodyFailures.incompleteBody());
    }
    if (contentLength >= 0 && bytes.size() < contentLength) {
      return Result.err(BodyFailures.incompleteBody(contentLength, bytes.size()));
    }
    return Result.ok(bytes.toByteArray());
  }
}
