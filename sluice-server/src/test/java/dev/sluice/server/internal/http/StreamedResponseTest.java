package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedResponseTest {
  private static final int SIZE = 64 << 20;

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void writeFile() throws IOException {
    file = dir.resolve("object");
    var bytes = new byte[SIZE];
    new Random(7).nextBytes(bytes);
    Files.write(file, bytes);
  }

  /** Serves the file's bytes from {@code offset} for {@code length}, as a ranged GET would. */
  private TestEndpoint fileEndpoint(long offset, long length) {
    return new TestEndpoint(
        "s3",
        call -> {
          try {
            var channel = FileChannel.open(file);
            return new HttpResponse(
                200,
                new Headers().set("Content-Type", "application/octet-stream"),
                new HttpResponse.Channel(channel, offset, length));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void streamsA64MiBChannelCompletely() throws Exception {
    try (var sluice = TestSluice.start(dir.resolve("data"), fileEndpoint(0, SIZE));
        var client = HttpClient.newHttpClient()) {
      var response =
          client.send(
              HttpRequest.newBuilder(sluice.endpoint().resolve("/bucket/object")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofInputStream());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
      assertThat(sha256(response.body())).isEqualTo(sha256(Files.newInputStream(file)));
    }
  }

  @Test
  void streamsARangeFromAnOffset() throws Exception {
    long offset = 3_000_001;
    int length = 2_500_000;
    try (var sluice = TestSluice.start(dir.resolve("data"), fileEndpoint(offset, length));
        var client = HttpClient.newHttpClient()) {
      var response =
          client.send(
              HttpRequest.newBuilder(sluice.endpoint().resolve("/bucket/object")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofByteArray());

      var expected = new byte[length];
      System.arraycopy(Files.readAllBytes(file), (int) offset, expected, 0, length);
      assertThat(response.body()).isEqualTo(expected);
    }
  }

  @Test
  void answersHeadWithTheContentLengthAndNoBody() throws Exception {
    try (var sluice = TestSluice.start(dir.resolve("data"), fileEndpoint(0, SIZE));
        var http = new dev.sluice.server.RawHttp(sluice.endpoint())) {
      http.send("HEAD /bucket/object HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var head = http.read(true);
      http.send("GET /_sluice/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var next = http.read(false);

      assertThat(head.status()).isEqualTo(200);
      assertThat(head.headers().get("content-length")).isEqualTo(Integer.toString(SIZE));
      assertThat(next.text()).isEqualTo("{\"status\":\"ok\"}");
    }
  }

  private static String sha256(InputStream in) throws Exception {
    var digest = MessageDigest.getInstance("SHA-256");
    try (var stream = new DigestInputStream(in, digest)) {
      stream.transferTo(OutputStreamSink.INSTANCE);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Discards bytes. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
