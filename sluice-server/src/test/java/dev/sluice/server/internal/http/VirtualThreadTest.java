package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualThreadTest {
  @TempDir Path dataDir;

  @Test
  void handlesRequestsOnVirtualThreads() throws Exception {
    var endpoint =
        new TestEndpoint(
            "s3",
            call ->
                HttpResponse.text(
                    200, "text/plain", Boolean.toString(Thread.currentThread().isVirtual())));
    try (var sluice = TestSluice.start(dataDir, endpoint);
        var client = HttpClient.newHttpClient()) {
      var response =
          client.send(
              HttpRequest.newBuilder(sluice.endpoint().resolve("/b")).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(response.body()).isEqualTo("true");
    }
  }
}
