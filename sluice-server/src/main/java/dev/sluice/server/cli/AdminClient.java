package dev.sluice.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks Sluice's admin routes for the CLI. */
final class AdminClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** An answer of an admin route. */
  record Reply(int status, String body) {}

  /** Sluice could not be reached at all. */
  static final class Unreachable extends Exception {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private AdminClient() {}

  static Reply get(String endpoint, String pathAndQuery) throws Unreachable {
    return send(endpoint, pathAndQuery, "GET");
  }

  static Reply post(String endpoint, String pathAndQuery) throws Unreachable {
    return send(endpoint, pathAndQuery, "POST");
  }

  private static Reply send(String endpoint, String pathAndQuery, String method)
      throws Unreachable {
    var uri = URI.create(endpoint.replaceAll("/+$", "") + pathAndQuery);
    try (var client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
      var request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .method(method, HttpRequest.BodyPublishers.noBody())
              .build();
      var response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new Unreachable("no Sluice answers at " + endpoint + " (" + reason(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted while asking " + endpoint, e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    var message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
