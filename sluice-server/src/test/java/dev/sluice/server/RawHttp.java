package dev.sluice.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 over a plain socket, for requests no client library sends as written. */
public final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;

  /** A response: the status line's code, headers by lower-cased name, and the body. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  public RawHttp(URI endpoint) throws IOException {
    socket = new Socket(endpoint.getHost(), endpoint.getPort());
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
  }

  public void send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  /** Reads one response; the body by Content-Length, none for HEAD or 1xx. */
  public Response read(boolean head) throws IOException {
    var statusLine = line();
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    var headers = new LinkedHashMap<String, String>();
    for (var line = line(); !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(
          line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    if (head || status < 200) {
      return new Response(status, headers, new byte[0]);
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    return new Response(status, headers, in.readNBytes(length));
  }

  /** Reads the status line and headers of one response, as sent (for a response without body). */
  public String readRaw() throws IOException {
    var text = new StringBuilder();
    for (var line = line(); !line.isEmpty(); line = line()) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  /** Reads until the server closes the connection. */
  public byte[] readRemaining() throws IOException {
    return in.readAllBytes();
  }

  private String line() throws IOException {
    var bytes = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        bytes.write(b);
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
