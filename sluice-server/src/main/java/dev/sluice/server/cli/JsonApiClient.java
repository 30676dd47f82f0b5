package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Calls a json 1.1 API of a running Sluice for the CLI (CloudWatch Logs, Data Pipeline): requests
 * signed when AWS credentials are in the environment (needed when Sluice runs with {@code --auth
 * strict}), unsigned otherwise.
 */
final class JsonApiClient implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** An answer: its status and JSON body. */
  record Reply(int status, JsonNode body) {
    boolean ok() {
      return status == 200;
    }

    /**
     * The first line of the error's message (the json protocol's {@code message}), else the status.
     */
    String error() {
      var message = body.path("message").asText("");
      return message.isBlank()
          ? "HTTP status " + status
          : message.lines().findFirst().orElseThrow();
    }
  }

  /** Which API: the name requests are signed for and the prefix of {@code X-Amz-Target}. */
  record Api(String signingName, String targetPrefix) {}

  static final Api LOGS = new Api("logs", "Logs_20140328.");
  static final Api DATA_PIPELINE = new Api("datapipeline", "DataPipeline.");

  private final String endpoint;
  private final Optional<RequestSigner> signer;
  private final Api api;
  private final HttpClient client;

  JsonApiClient(String endpoint, Optional<RequestSigner> signer, Api api) {
    this.endpoint = endpoint.replaceAll("/+$", "") + "/";
    this.signer = signer;
    this.api = api;
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  static JsonApiClient logs(String endpoint, Optional<RequestSigner> signer) {
    return new JsonApiClient(endpoint, signer, LOGS);
  }

  static JsonApiClient dataPipeline(String endpoint, Optional<RequestSigner> signer) {
    return new JsonApiClient(endpoint, signer, DATA_PIPELINE);
  }

  Reply call(String operation, JsonNode input) throws AdminClient.Unreachable {
    try {
      var uri = URI.create(endpoint);
      var body = MAPPER.writeValueAsBytes(input);
      var headers =
          Map.of(
              "content-type",
              "application/x-amz-json-1.1",
              "x-amz-target",
              api.targetPrefix() + operation);
      var request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      signer.ifPresent(
          s ->
              s.sign(uri, api.signingName(), headers, body, Instant.now())
                  .forEach(request::header));
      var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      var answer = response.body().length == 0 ? MAPPER.createObjectNode() : read(response.body());
      return new Reply(response.statusCode(), answer);
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
