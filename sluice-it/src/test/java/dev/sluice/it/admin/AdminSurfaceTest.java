package dev.sluice.it.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SluiceCli;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Sluice's own routes and the {@code sluice events} command, next to real S3 traffic. */
@ExtendWith(SluiceExtension.class)
class AdminSurfaceTest {
  // A queue: no consumer delivers sqs events here, so they stay pending.
  static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:admin-probe";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static URI endpoint;
  static S3Client s3;

  @BeforeAll
  static void bucket(URI uri) {
    endpoint = uri;
    s3 = S3Clients.s3(uri);
    s3.createBucket(b -> b.bucket("admin-surface"));
  }

  @Test
  void healthAnswersOk() throws Exception {
    var response = get("/_sluice/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void metricsCountS3RequestsByStatusInPrometheusText() throws Exception {
    long okBefore = s3Requests(get("/_sluice/metrics").body(), "200");
    for (int i = 0; i < 3; i++) {
      s3.putObject(b -> b.bucket("admin-surface").key("m"), RequestBody.fromString("m"));
    }
    assertThatThrownBy(() -> s3.getObject(b -> b.bucket("admin-surface").key("absent")))
        .isInstanceOf(NoSuchKeyException.class);

    var response = get("/_sluice/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body()).contains("# TYPE sluice_http_requests_total counter");
    assertThat(s3Requests(response.body(), "200")).isGreaterThanOrEqualTo(okBefore + 3);
    assertThat(s3Requests(response.body(), "404")).isGreaterThanOrEqualTo(1);
    assertThat(response.body())
        .contains("sluice_http_request_duration_seconds_count{service=\"s3\"");
  }

  @Test
  void theEventsCommandPrintsThePendingEvent() throws Exception {
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket("admin-surface")
                .notificationConfiguration(
                    n ->
                        n.queueConfigurations(
                            l -> l.queueArn(QUEUE).eventsWithStrings("s3:ObjectCreated:Put"))));
    s3.putObject(b -> b.bucket("admin-surface").key("evented"), RequestBody.fromString("e"));
    var event =
        AdminEvents.objectEvents(endpoint, "PENDING").stream()
            .filter(e -> e.path("target").asText().equals(QUEUE))
            .findFirst()
            .orElseThrow();

    var outcome = SluiceCli.run("events", "--endpoint", endpoint.toString());

    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    var lines = outcome.output().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("STATUS", "SERVICE", "TYPE", "TARGET");
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(event.path("id").asText() + " ")
                    .contains("PENDING", "sqs", "s3:ObjectCreated:Put", QUEUE));
  }

  /** The value of {@code sluice_http_requests_total{service="s3",status=...}}, 0 when absent. */
  private static long s3Requests(String metrics, String status) {
    var line =
        Pattern.compile(
                "^sluice_http_requests_total\\{service=\"s3\",status=\""
                    + status
                    + "\",?\\} (\\S+)$",
                Pattern.MULTILINE)
            .matcher(metrics);
    return line.find() ? (long) Double.parseDouble(line.group(1)) : 0;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(endpoint.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
