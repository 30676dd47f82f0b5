package dev.sluice.server.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.server.EventsView;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.TestSluice;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsRouteTest {
  private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

  private final List<OutboxEvent> outbox =
      List.of(
          event(1, EventStatus.DELIVERED, null),
          event(2, EventStatus.PENDING, null),
          event(3, EventStatus.FAILED, "function not found"),
          event(4, EventStatus.PENDING, null),
          event(5, EventStatus.PENDING, null));

  /** An outbox listing as the store does: by status, after an id, at most limit, oldest first. */
  private final EventsView view =
      (status, after, limit) ->
          outbox.stream().filter(e -> e.status() == status && e.id() > after).limit(limit).toList();

  @TempDir Path dataDir;
  private RunningSluice sluice;
  private HttpClient client;

  @BeforeEach
  void start() {
    sluice = TestSluice.start(TestSluice.config(dataDir), view);
    client = HttpClient.newHttpClient();
  }

  @AfterEach
  void stop() {
    client.close();
    sluice.close();
  }

  @Test
  void listsPendingEventsByDefault() throws Exception {
    var events = json("/_sluice/events");

    assertThat(events.findValuesAsText("id")).containsExactly("2", "4", "5");
    var first = events.get(0);
    assertThat(first.get("status").asText()).isEqualTo("PENDING");
    assertThat(first.get("service").asText()).isEqualTo("lambda");
    assertThat(first.get("type").asText()).isEqualTo("s3:ObjectCreated:Put");
    assertThat(first.get("createdAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(first.get("payload").get("Records").isArray()).isTrue();
  }

  @Test
  void filtersByStatusAndPagesWithAfterAndLimit() throws Exception {
    assertThat(json("/_sluice/events?status=failed").findValuesAsText("lastError"))
        .containsExactly("function not found");
    assertThat(json("/_sluice/events?status=PENDING&after=2&limit=1").findValuesAsText("id"))
        .containsExactly("4");
  }

  @Test
  void refusesAnUnknownStatus() throws Exception {
    var response =
        HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/events?status=LOST"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("PENDING, DELIVERED or FAILED");
  }

  @Test
  void refusesALimitOutOfRange() throws Exception {
    var response =
        HealthRouteTest.get(client, sluice.endpoint().resolve("/_sluice/events?limit=0"));

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void answersABrokenOutboxWith500WithoutDetails() throws Exception {
    EventsView broken =
        (status, after, limit) -> {
          throw new IllegalStateException("database password is hunter2");
        };
    try (var other = TestSluice.start(TestSluice.config(dataDir.resolve("b")), broken)) {
      var response = HealthRouteTest.get(client, other.endpoint().resolve("/_sluice/events"));

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalState");
    }
  }

  private com.fasterxml.jackson.databind.JsonNode json(String path) throws Exception {
    var response = HealthRouteTest.get(client, sluice.endpoint().resolve(path));
    assertThat(response.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static OutboxEvent event(long id, EventStatus status, String lastError) {
    return new OutboxEvent(
        id,
        "lambda",
        "arn:aws:lambda:us-east-1:000000000000:function:f",
        "s3:ObjectCreated:Put",
        "{\"Records\":[]}",
        T0,
        status,
        lastError == null ? 0 : 5,
        T0,
        lastError);
  }
}
