package dev.sluice.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal S3 (and Lambda Invoke) client for load: one kept-alive HTTP/1.1 connection,
 * SigV4-signed requests (payload hash included), the response read to its end. It does what a load
 * generator such as wrk does, so that on a 2-core machine the server's cost, not the client's, is
 * what the numbers show. Not thread-safe: one per client thread.
 */
final class WireClient implements AutoCloseable {
  private static final int READ_CHUNK = 1 << 20;
  private static final String EMPTY_SHA256 = SigV4Signer.sha256Hex(new byte[0]);

  private final InetSocketAddress address;
  private final String host;
  private final SigV4Signer signer;
  private final byte[] readBuffer = new byte[READ_CHUNK];
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  WireClient(URI endpoint, SigV4Signer signer) {
    this.address = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
    this.host = endpoint.getHost() + ":" + endpoint.getPort();
    this.signer = signer;
  }

  /** PUTs {@code body} (whose SHA-256 in hex is {@code bodySha256}); returns the status. */
  int put(String bucket, String key, byte[] body, String bodySha256) throws IOException {
    return send(
            "PUT",
            "/" + bucket + "/" + key,
            "Content-Type: application/octet-stream\r\n",
            body,
            bodySha256,
            null)
        .status();
  }

  /** GETs the object and reads its body to the end; returns the bytes read. */
  long get(String bucket, String key) throws IOException {
    String path = "/" + bucket + "/" + key;
    String head = head("GET", path, EMPTY_SHA256) + "\r\n";
    connect();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    var response = readResponse(null);
    if (response.status() != 200) {
      throw new IOException("GET " + path + " answered " + response.status());
    }
    return response.bodyBytes();
  }

  /**
   * POSTs {@code body} to {@code path} with {@code extraHeaders} (unsigned, each line ended) and
   * reads the response.
   */
  Response post(String path, String extraHeaders, byte[] body, String bodySha256)
      throws IOException {
    return send("POST", path, extraHeaders, body, bodySha256, null);
  }

  /**
   * POSTs {@code body} like {@link #post} and keeps the response body: a JSON API's answer, which
   * the caller reads.
   */
  Answer exchange(String path, String extraHeaders, byte[] body, String bodySha256)
      throws IOException {
    var kept = new ByteArrayOutputStream();
    int status = send("POST", path, extraHeaders, body, bodySha256, kept).status();
    return new Answer(status, kept.toByteArray());
  }

  /** A response's status and body. */
  record Answer(int status, byte[] body) {}

  /**
   * A response: its status, how many body bytes were read, and Lambda's {@code
   * X-Amz-Function-Error} and {@code X-Amz-Log-Result} headers (null when absent).
   */
  record Response(int status, long bodyBytes, String functionError, String logResult) {}

  /**
   * Sends a request with a body, {@code extraHeaders} (unsigned, each line ended) and the signed
   * headers, and reads the response (its body into {@code kept} unless that is null).
   */
  private Response send(
      String method,
      String path,
      String extraHeaders,
      byte[] body,
      String bodySha256,
      ByteArrayOutputStream kept)
      throws IOException {
    String head =
        head(method, path, bodySha256)
            + extraHeaders
            + "Content-Length: "
            + body.length
            + "\r\n\r\n";
    connect();
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return readResponse(kept);
  }

  /** The request line and the signed headers, each line ended. */
  private String head(String method, String path, String payloadSha256) {
    var signature = signer.sign(method, path, host, payloadSha256);
    return method
        + " "
        + path
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nx-amz-content-sha256: "
        + payloadSha256
        + "\r\nx-amz-date: "
        + signature.amzDate()
        + "\r\nAuthorization: "
        + signature.authorization()
        + "\r\n";
  }

  private void connect() throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(address);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }
  }

  /**
   * Reads the status line and headers, then exactly Content-Length bytes of body, which go to
   * {@code kept} unless it is null.
   */
  private Response readResponse(ByteArrayOutputStream kept) throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = 0;
    boolean close = false;
    String functionError = null;
    String logResult = null;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        close = true;
      } else if (name.equalsIgnoreCase("X-Amz-Function-Error")) {
        functionError = value;
      } else if (name.equalsIgnoreCase("X-Amz-Log-Result")) {
        logResult = value;
      }
    }
    long remaining = length;
    while (remaining > 0) {
      int n = in.read(readBuffer, 0, (int) Math.min(readBuffer.length, remaining));
      if (n < 0) {
        throw new IOException("connection closed with " + remaining + " body bytes unread");
      }
      if (kept != null) {
        kept.write(readBuffer, 0, n);
      }
      remaining -= n;
    }
    if (close) {
      close();
    }
    return new Response(status, length, functionError, logResult);
  }

  private String readLine() throws IOException {
    var line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed in the response head");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
