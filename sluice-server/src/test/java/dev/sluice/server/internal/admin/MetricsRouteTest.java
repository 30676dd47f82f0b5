package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.net.http.HttpClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsRouteTest {
  @TempDir Path dataDir;

  @Test
  void countsAndTimesRequestsByServiceAndStatus() throws Exception {
    var teapot = new TestEndpoint("s3", call -> HttpResponse.empty(418));
    try (var sluice = TestSluice.start(dataDir, teapot);
        var client = HttpClient.newHttpClient()) {
      HealthRouteTest.get(client, sluice.endpoint().resolve("/bucket/key"));
      HealthRouteTest.get(client, sluice.endpoint().resolve("/bucket/key"));

      var response = HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/metrics"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(response.body())
          .contains("sluice_http_requests_total{service=\"s3\",status=\"418\"} 2.0")
          .contains("sluice_http_request_duration_seconds_count{service=\"s3\",status=\"418\"} 2");
    }
  }

  @Test
  void exposesJvmMemoryAndThreads() throws Exception {
    try (var sluice = TestSluice.start(dataDir);
        var client = HttpClient.newHttpClient()) {
      var response = HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/metrics"));

      assertThat(response.body())
          .contains("jvm_memory_used_bytes")
          .contains("jvm_threads_live_threads");
    }
  }
}
