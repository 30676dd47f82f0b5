package dev.sluice.aws.auth.internal;

import dev.sluice.aws.http.Headers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A request payload ready to read: framing removed, checks applied as it is read.
 *
 * @param length the decoded length, or -1 when unknown
 * @param trailers aws-chunked trailers, filled when {@code stream} reaches its end
 */
public record OpenedPayload(InputStream stream, long length, Headers trailers) {

  public static OpenedPayload buffered(byte[] bytes) {
    return new OpenedPayload(new ByteArrayInputStream(bytes), bytes.length, new Headers());
  }
}
