package dev.sluice.server.internal.http;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;

/**
 * Writes Sluice's {@link HttpResponse} to Jetty, blocking until it is sent. Sets Content-Length
 * from the body unless the response names it; HEAD responses keep their headers and send no body.
 */
final class ResponseWriter {
  private ResponseWriter() {}

  static void write(Request request, Response response, HttpResponse out) throws IOException {
    response.setStatus(out.status());
    copy(out.headers(), response.getHeaders());
    boolean head = HttpMethod.HEAD.is(request.getMethod());
    switch (out.body()) {
      case HttpResponse.Empty empty -> defaultLength(out, response, 0);
      case HttpResponse.Bytes bytes -> {
        defaultLength(out, response, bytes.bytes().length);
        if (!head) {
          send(response, ByteBuffer.wrap(bytes.bytes()));
        }
      }
      case HttpResponse.Channel channel -> {
        try (var source = channel.channel()) {
          defaultLength(out, response, channel.length());
          if (!head) {
            ChannelStreamer.stream(request, response, source, channel.offset(), channel.length());
          }
        }
      }
    }
  }

  /** The first value replaces what Jetty set itself (Date), further values are added. */
  static void copy(Headers from, HttpFields.Mutable to) {
    for (var name : from.names()) {
      var original = from.originalName(name);
      var values = from.all(name);
      if (name.equals("content-length")) {
        to.put(HttpHeader.CONTENT_LENGTH, Long.parseLong(values.get(0).trim()));
        continue;
      }
      to.put(original, values.get(0));
      for (int i = 1; i < values.size(); i++) {
        to.add(original, values.get(i));
      }
    }
  }

  private static void defaultLength(HttpResponse out, Response response, long length) {
    int status = out.status();
    boolean bodyless = status < 200 || status == 204 || status == 304;
    if (!bodyless && !out.headers().has("Content-Length")) {
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
    }
  }

  private static void send(Response response, ByteBuffer buffer) throws IOException {
    try (var blocker = Blocker.callback()) {
      response.write(true, buffer, blocker);
      blocker.block();
    }
  }
}
