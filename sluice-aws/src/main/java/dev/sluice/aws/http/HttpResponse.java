package dev.sluice.aws.http;

import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/** What to send back: status, headers and one of the body kinds. */
public record HttpResponse(int status, Headers headers, Body body) {

  /** A response body. */
  public sealed interface Body {}

  /** No body (Content-Length: 0 unless the headers say otherwise, as for HEAD). */
  public record Empty() implements Body {}

  public record Bytes(byte[] bytes) implements Body {}

  /** {@code length} bytes of an open channel from {@code offset}; the server closes it. */
  public record Channel(SeekableByteChannel channel, long offset, long length) implements Body {}

  public static HttpResponse empty(int status) {
    return new HttpResponse(status, new Headers(), new Empty());
  }

  public static HttpResponse bytes(int status, String contentType, byte[] body) {
    return new HttpResponse(
        status, new Headers().set("Content-Type", contentType), new Bytes(body));
  }

  public static HttpResponse text(int status, String contentType, String body) {
    return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
