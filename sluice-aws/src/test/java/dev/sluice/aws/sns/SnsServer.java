package dev.sluice.aws.sns;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.aws.auth.Identity;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.http.Headers;
import dev.sluice.aws.http.HttpRequest;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.topics.TopicService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * A bare HTTP server handing every request to an SNS endpoint as a call signed in eu-west-1 by
 * account 111122223333, for real SDK clients.
 */
final class SnsServer implements AutoCloseable {
  static final Identity SIGNER =
      new Identity("AKID", "111122223333", "eu-west-1", "sns", "AWS:AKID");

  private final HttpServer server;
  private final SnsEndpoint endpoint;
  private final AtomicInteger requests = new AtomicInteger();

  SnsServer(TopicService topics) throws IOException {
    this.endpoint = new SnsEndpoint(topics, "us-east-1");
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  SnsClient client() {
    return SnsClient.builder()
        .endpointOverride(uri())
        .region(Region.EU_WEST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var headers = new Headers();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
      var body = exchange.getRequestBody().readAllBytes();
      var uri = exchange.getRequestURI();
      var request =
          new HttpRequest(
              exchange.getRequestMethod(),
              uri.getRawPath(),
              uri.getRawQuery() == null ? "" : uri.getRawQuery(),
              headers.first("Host"),
              headers,
              new ByteArrayInputStream(body),
              body.length,
              "127.0.0.1");
      var call =
          new AwsCall(
              request,
              SIGNER,
              "req-" + requests.incrementAndGet(),
              new ByteArrayInputStream(body),
              body.length,
              new Headers());
      send(exchange, endpoint.handle(call));
    }
  }

  private static void send(HttpExchange exchange, HttpResponse response) throws IOException {
    for (var name : response.headers().names()) {
      for (var value : response.headers().all(name)) {
        exchange.getResponseHeaders().add(response.headers().originalName(name), value);
      }
    }
    var bytes = response.body() instanceof HttpResponse.Bytes b ? b.bytes() : new byte[0];
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
