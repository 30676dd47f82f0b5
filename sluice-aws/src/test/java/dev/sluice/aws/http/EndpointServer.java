package dev.sluice.aws.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sluice.aws.gateway.AwsCall;
import dev.sluice.aws.gateway.ServiceEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** A bare HTTP server handing every request to one endpoint, for real SDK clients. */
public final class EndpointServer implements AutoCloseable {
  private final HttpServer server;
  private final ServiceEndpoint endpoint;
  private final AtomicInteger requests = new AtomicInteger();

  public EndpointServer(ServiceEndpoint endpoint) throws IOException {
    this.endpoint = endpoint;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * An SDK client of this server: its endpoint, us-east-1, fixed credentials, the URL-connection
   * HTTP client and no retries (a refusal reaches the test as it was answered).
   */
  public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
    return builder
        .endpointOverride(uri())
        .region(Region.US_EAST_1)
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
      var request =
          new HttpRequest(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              "",
              headers.first("Host"),
              headers,
              new ByteArrayInputStream(body),
              body.length,
              "127.0.0.1");
      var response =
          endpoint.handle(
              new AwsCall(
                  request,
                  null,
                  "req-" + requests.incrementAndGet(),
                  new ByteArrayInputStream(body),
                  body.length,
                  new Headers()));
      send(exchange, response);
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
