package dev.sluice.aws.gateway.internal;

import dev.sluice.aws.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the beginning of a request body (at most a bound) so the gateway can look at it, and hands
 * on a request whose body yields the same bytes again followed by whatever was not read.
 *
 * @param request the request with a body that replays the peeked bytes
 * @param text the peeked bytes as text (form bodies are ASCII)
 * @param complete whether {@code text} is the whole body
 */
record BodyPeek(HttpRequest request, String text, boolean complete) {

  static BodyPeek of(HttpRequest request, int limit) {
    var original = request.body();
    var buffer = new byte[initialSize(request.contentLength(), limit)];
    int filled = 0;
    boolean ended = false;
    try {
      while (filled < limit) {
        if (filled == buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(limit, Math.max(64, buffer.length * 2)));
        }
        int n = original.read(buffer, filled, buffer.length - filled);
        if (n < 0) {
          ended = true;
          break;
        }
        filled += n;
      }
    } catch (IOException unreadable) {
      // The stream handed on fails again at the same place, where the endpoint sees the failure.
    }
    var head = new ByteArrayInputStream(buffer, 0, filled);
    InputStream replay = ended ? head : new SequenceInputStream(head, original);
    var text = new String(buffer, 0, filled, StandardCharsets.ISO_8859_1);
    return new BodyPeek(withBody(request, replay), text, ended);
  }

  private static int initialSize(long contentLength, int limit) {
    if (contentLength >= 0 && contentLength < limit) {
      return (int) contentLength + 1; // one spare byte to see the end without growing
    }
    return Math.min(limit, 8192);
  }

  private static HttpRequest withBody(HttpRequest r, InputStream body) {
    return new HttpRequest(
        r.method(),
        r.rawPath(),
        r.rawQuery(),
        r.host(),
        r.headers(),
        body,
        r.contentLength(),
        r.remoteAddress());
  }
}
