package dev.sluice.server.internal.topics;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.delivery.WebhookClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Posts SNS messages with the JDK's HTTP client: 15 s to connect, 15 s for the answer. */
public final class JdkWebhookClient implements WebhookClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final Set<String> RESTRICTED = Set.of("connection", "host", "content-length");
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  @Override
  public Result<Integer> post(String url, Map<String, String> headers, String body) {
    try {
      var request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(TIMEOUT)
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      headers.forEach(
          (name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
              request.header(name, value);
            }
          });
      return Result.ok(send(request.build()));
    } catch (IOException | IllegalArgumentException e) {
      return unreachable(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unreachable(url, e);
    }
  }

  /**
   * Sends once more, on a new connection, when the first attempt failed before any answer: a
   * kept-alive connection the receiver closed meanwhile must not cost a delivery its retry delay.
   */
  private int send(HttpRequest request) throws IOException, InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.net.http.HttpTimeoutException | java.net.ConnectException e) {
      throw e;
    } catch (IOException closedConnection) {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private static Result<Integer> unreachable(String url, Exception e) {
    return Result.err(Failure.of("EndpointUnreachable", 502, url + " could not be reached: " + e));
  }
}
