package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.TestSluice;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthRouteTest {
  @TempDir Path dataDir;

  @Test
  void answersOkOnceTheServerAcceptsRequests() throws Exception {
    try (var sluice = TestSluice.start(dataDir);
        var client = HttpClient.newHttpClient()) {
      var response = get(client, sluice.endpoint().resolve("/_sluice/health"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }
  }

  @Test
  void answersAnUnknownAdminPathWith404() throws Exception {
    try (var sluice = TestSluice.start(dataDir);
        var client = HttpClient.newHttpClient()) {
      var response = get(client, sluice.endpoint().resolve("/_sluice/nothing"));

      assertThat(response.statusCode()).isEqualTo(404);
    }
  }

  static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
