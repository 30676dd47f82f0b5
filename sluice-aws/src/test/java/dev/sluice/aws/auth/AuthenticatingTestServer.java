package dev.sluice.aws.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.aws.gateway.AuthenticatedRequest;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bare HTTP server in front of a {@link SigV4Authenticator}, so that real SDK clients can talk to
 * it: it authenticates each request, reads its whole payload, remembers what it saw, and answers
 * with a minimal success or the failure in the service's error format.
 */
final class AuthenticatingTestServer implements AutoCloseable {
  private final HttpServer server;
  private final SigV4Authenticator authenticator;
  private final AtomicReference<Seen> last = new AtomicReference<>();

  /** What the server made of the last request. */
  record Seen(
      HttpRequest request, AuthenticatedRequest authenticated, byte[] payload, Failure failure) {}

  AuthenticatingTestServer(SigV4Authenticator authenticator) throws IOException {
    this.authenticator = authenticator;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  Seen last() {
    return last.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var request = toRequest(exchange);
      var service = request.rawPath().startsWith("/2015-03-31/") ? "lambda" : "s3";
      var result = authenticator.authenticate(request, service);
      if (!result.isOk()) {
        last.set(new Seen(request, null, null, result.failure()));
        fail(exchange, service, result.failure());
        return;
      }
      byte[] payload;
      try (var in = result.value().payload()) {
        payload = in.readAllBytes();
      } catch (RejectedInput e) {
        last.set(new Seen(request, result.value(), null, e.failure()));
        fail(exchange, service, e.failure());
        return;
      }
      last.set(new Seen(request, result.value(), payload, null));
      succeed(exchange, service, request);
    }
  }

  private static HttpRequest toRequest(HttpExchange exchange) {
    var headers = new Headers();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
    var uri = exchange.getRequestURI();
    var length = headers.first("content-length");
    return new HttpRequest(
        exchange.getRequestMethod(),
        uri.getRawPath(),
        uri.getRawQuery() == null ? "" : uri.getRawQuery(),
        headers.first("host"),
        headers,
        exchange.getRequestBody(),
        length == null ? -1 : Long.parseLong(length),
        exchange.getRemoteAddress().getAddress().getHostAddress());
  }

  private static void succeed(HttpExchange exchange, String service, HttpRequest request)
      throws IOException {
    if (service.equals("lambda")) {
      exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
      send(exchange, 200, "application/json", "{}");
    } else if (request.rawQuery().contains("list-type=2")) {
      send(
          exchange,
          200,
          "application/xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult"
              + " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bucket</Name>"
              + "<KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>");
    } else if (request.method().equals("GET")) {
      send(exchange, 200, "text/plain", "hello");
    } else {
      exchange.getResponseHeaders().add("ETag", "\"5d41402abc4b2a76b9719d911017c592\"");
      send(exchange, 200, "application/xml", "");
    }
  }

  private static void fail(HttpExchange exchange, String service, Failure failure)
      throws IOException {
    if (service.equals("lambda")) {
      exchange.getResponseHeaders().add("X-Amzn-ErrorType", failure.code());
      send(exchange, failure.status(), "application/json", "{\"message\":\"denied\"}");
    } else {
      send(
          exchange,
          failure.status(),
          "application/xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"
              + failure.code()
              + "</Code><Message>denied</Message></Error>");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    var bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
