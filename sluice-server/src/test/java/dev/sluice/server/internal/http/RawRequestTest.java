package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.RawHttp;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawRequestTest {
  @TempDir Path dataDir;
  private RunningSluice sluice;

  @BeforeEach
  void start() {
    sluice = TestSluice.start(dataDir, TestEndpoint.echo());
  }

  @AfterEach
  void stop() {
    sluice.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/bucket/a/../b",
        "/bucket/a//b",
        "/bucket/a%2Fb",
        "/bucket/./key",
        "/bucket/%2e%2e/key",
        "/bucket/caf%C3%A9%20%2B+x",
        "/bucket/a;b=c",
        "/bucket/../../etc/passwd",
        "/bucket/a/../../../b",
        "/..",
        "/bucket/%2e%2e/../../x"
      })
  void handsThePathToTheGatewayExactlyAsSent(String path) throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      http.send("GET " + path + "?prefix=a%2Fb&list-type=2 HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var response = http.read(false);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.headers().get("x-raw-path")).isEqualTo(path);
      assertThat(response.headers().get("x-raw-query")).isEqualTo("prefix=a%2Fb&list-type=2");
    }
  }

  @Test
  void acceptsHeadersOfManyKilobytes() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      var metadata = "x".repeat(40 * 1024);
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\nx-amz-meta-big: " + metadata + "\r\n\r\n");

      assertThat(http.read(false).status()).isEqualTo(200);
    }
  }

  @Test
  void passesTheRequestIdOfTheLogsToTheGateway() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");

      assertThat(http.read(false).headers().get("x-request-id")).matches("[A-Z0-9]{16}");
    }
  }

  @Test
  void letsTheServiceSetDateAndServerHeaders() throws Exception {
    var s3 =
        new TestEndpoint(
            "s3",
            call -> {
              var response = HttpResponse.empty(200);
              response.headers().set("Date", "Wed, 01 Jan 2025 00:00:00 GMT");
              response.headers().set("Server", "AmazonS3");
              response.headers().add("x-amz-meta-a", "1").add("x-amz-meta-a", "2");
              return response;
            });
    try (var other = TestSluice.start(dataDir.resolve("other"), s3);
        var http = new RawHttp(other.endpoint())) {
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var raw = http.readRaw();

      assertThat(raw).containsOnlyOnce("Date: ").contains("Date: Wed, 01 Jan 2025 00:00:00 GMT");
      assertThat(raw)
          .contains("Server: AmazonS3")
          .contains("x-amz-meta-a: 1")
          .contains("x-amz-meta-a: 2");
    }
  }

  @Test
  void reportsTheContentLengthHeaderOrMinusOne() throws Exception {
    var lengths = new java.util.concurrent.CopyOnWriteArrayList<Long>();
    var s3 =
        new TestEndpoint(
            "s3",
            call -> {
              lengths.add(call.request().contentLength());
              return HttpResponse.empty(200);
            });
    try (var other = TestSluice.start(dataDir.resolve("other"), s3);
        var http = new RawHttp(other.endpoint())) {
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");
      http.read(false);
      http.send("PUT /b/k HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc");
      http.read(false);

      assertThat(lengths).containsExactly(-1L, 3L);
    }
  }

  @Test
  void sendsNoServerHeaderAndOneDate() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var response = http.read(false);

      assertThat(response.headers()).doesNotContainKey("server").containsKey("date");
    }
  }
}
