package dev.sluice.server.cli;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One unsigned HTTP/1.1 request over a plain socket, answered with its status code. The training
 * run uses it instead of {@code java.net.http}, whose classes a server start never needs.
 */
final class SelfRequest {
  private static final int TIMEOUT_MS = 30_000;

  private SelfRequest() {}

  /** Sends {@code method path} with {@code body} (null: none) and reads the whole response. */
  static int send(URI endpoint, String method, String path, byte[] body) throws IOException {
    try (var socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      socket.setSoTimeout(TIMEOUT_MS);
      var head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + endpoint.getAuthority()
              + (body == null ? "" : "\r\nContent-Length: " + body.length)
              + "\r\nConnection: close\r\n\r\n";
      var out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return status(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** The code of a status line such as {@code HTTP/1.1 200 OK}, or -1. */
  private static int status(String response) {
    var parts = response.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      return -1;
    }
    try {
      return Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
