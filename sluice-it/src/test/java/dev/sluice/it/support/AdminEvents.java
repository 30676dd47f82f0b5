package dev.sluice.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reads the outbox through Sluice's admin route {@code /_sluice/events}. */
public final class AdminEvents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private AdminEvents() {}

  /** Every event in the given status, oldest first, following pages. */
  public static List<JsonNode> list(URI endpoint, String status)
      throws IOException, InterruptedException {
    var all = new ArrayList<JsonNode>();
    long after = 0;
    while (true) {
      var uri =
          endpoint.resolve("/_sluice/events?status=" + status + "&after=" + after + "&limit=500");
      var response =
          HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("admin events answered " + response.statusCode());
      }
      var page = JSON.readTree(response.body());
      if (page.isEmpty()) {
        return all;
      }
      page.forEach(all::add);
      after = page.get(page.size() - 1).path("id").asLong();
    }
  }

  /**
   * The events in the given status except S3's {@code s3:TestEvent}s (one per topic or queue on
   * every PutBucketNotificationConfiguration), oldest first.
   */
  public static List<JsonNode> objectEvents(URI endpoint, String status)
      throws IOException, InterruptedException {
    return list(endpoint, status).stream()
        .filter(e -> !e.path("type").asText().equals("s3:TestEvent"))
        .toList();
  }

  /** The S3 notification JSON an outbox event carries. */
  public static JsonNode payload(JsonNode event) throws IOException {
    var payload = event.path("payload");
    return payload.isTextual() ? JSON.readTree(payload.asText()) : payload;
  }
}
