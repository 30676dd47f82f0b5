package dev.sluice.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Hand-written HTTP/1.1 exchanges for inputs no well-behaved client would send. */
public final class RawHttp {
  public record Response(int status, Map<String, String> headers, String body) {}

  private RawHttp() {}

  /**
   * Sends {@code head} (request line and headers, without the blank line) and {@code body}, then
   * half-closes the connection when {@code closeAfterBody}, and reads the answer.
   */
  public static Response exchange(URI endpoint, String head, byte[] body, boolean closeAfterBody)
      throws IOException {
    var host = endpoint.getHost() + ":" + endpoint.getPort();
    return exchange(endpoint, host, head, body, closeAfterBody);
  }

  /** As {@link #exchange(URI, String, byte[], boolean)}, with {@code host} as the Host header. */
  public static Response exchange(
      URI endpoint, String host, String head, byte[] body, boolean closeAfterBody)
      throws IOException {
    try (var socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(15_000);
      var out = socket.getOutputStream();
      out.write((head + "\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(body);
      out.flush();
      if (closeAfterBody) {
        socket.shutdownOutput();
      }
      return read(socket.getInputStream());
    }
  }

  private static Response read(InputStream in) throws IOException {
    var statusLine = line(in);
    while (statusLine.startsWith("HTTP/1.1 100")) {
      line(in);
      statusLine = line(in);
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    var headers = new LinkedHashMap<String, String>();
    for (var header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.put(
          header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          header.substring(colon + 1).trim());
    }
    var length = headers.get("content-length");
    byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : new byte[0];
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
