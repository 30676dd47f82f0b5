package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.RawHttp;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectContinueTest {
  @TempDir Path dataDir;

  @Test
  void answers100ContinueBeforeTheBodyIsSentAndThenTheResponse() throws Exception {
    try (var sluice = TestSluice.start(dataDir, TestEndpoint.echo());
        var http = new RawHttp(sluice.endpoint())) {
      http.send(
          "PUT /bucket/key HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
              + "Expect: 100-continue\r\n\r\n");

      assertThat(http.read(false).status()).isEqualTo(100);
      http.send("hello");
      var response = http.read(false);
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.text()).isEqualTo("hello");
    }
  }

  @Test
  void answersWithoutContinueWhenTheServiceRefusesBeforeReading() throws Exception {
    var refusing = new TestEndpoint("s3", call -> HttpResponse.empty(403));
    try (var sluice = TestSluice.start(dataDir, refusing);
        var http = new RawHttp(sluice.endpoint())) {
      http.send(
          "PUT /bucket/key HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
              + "Expect: 100-continue\r\n\r\n");

      assertThat(http.read(false).status()).isEqualTo(403);
    }
  }
}
