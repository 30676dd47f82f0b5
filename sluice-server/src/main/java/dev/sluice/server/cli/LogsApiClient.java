package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the CloudWatch Logs API of a running Sluice for the CLI: unsigned json 1.1 requests, which
 * Sluice accepts unless it runs with {@code --auth strict}.
 */
final class LogsApiClient implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** An answer: its status and JSON body. */
  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status == 200;
    }

    /** The error's message (CloudWatch Logs' {@code message}), else the status. */
    String error() {
      return body.path("message").asText("HTTP status " + status);
    }
  }

  private final String endpoint;
  private final HttpClient client;

  LogsApiClient(String endpoint) {
    this.endpoint = endpoint.replaceAll("/+$", "") + "/";
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  Reply call(String operation, JsonNode input) throws AdminClient.Unreachable {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(endpoint))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/x-amz-json-1.1")
              .header("X-Amz-Target", "Logs_20140328." + operation)
              .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(input)))
              .build();
      var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      var body = response.body().length == 0 ? MAPPER.createObjectNode() : read(response.body());
      return new Reply(response.statusCode(), body);
    } catch (IOException e) {
      throw new AdminClient.Unreachable(
          "no Sluice answers at " + endpoint + " (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdminClient.Unreachable("interrupted while asking " + endpoint, e);
    }
  }

  private static JsonNode read(byte[] body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException notJson) {
      return MAPPER.createObjectNode().put("message", "the answer was not JSON");
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
