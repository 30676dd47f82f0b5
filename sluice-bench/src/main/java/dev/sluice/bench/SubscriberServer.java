package dev.sluice.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The HTTP subscribers of the topics benchmark: a JDK {@link HttpServer} on virtual threads that
 * confirms SubscriptionConfirmation messages by getting their SubscribeURL and records when each
 * notification arrived (by {@code x-amz-sns-message-id}), under any path ({@code /s0}, {@code /s1},
 * ... are different subscriptions).
 */
final class SubscriberServer implements AutoCloseable {
  private static final Pattern SUBSCRIBE_URL =
      Pattern.compile("\"SubscribeURL\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
  private final AtomicLong notifications = new AtomicLong();
  private final AtomicLong confirmations = new AtomicLong();

  SubscriberServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    try (exchange) {
      var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      var type = exchange.getRequestHeaders().getFirst("x-amz-sns-message-type");
      if ("SubscriptionConfirmation".equals(type)) {
        confirm(body);
      } else if ("Notification".equals(type)) {
        var id = exchange.getRequestHeaders().getFirst("x-amz-sns-message-id");
        if (id != null) {
          firstArrival.putIfAbsent(id, now);
        }
        notifications.incrementAndGet();
      }
      exchange.sendResponseHeaders(200, -1);
    }
  }

  private void confirm(String body) throws IOException {
    var matcher = SUBSCRIBE_URL.matcher(body);
    if (!matcher.find()) {
      throw new IOException("A confirmation without SubscribeURL: " + body);
    }
    var url = matcher.group(1).replace("\\/", "/");
    try {
      var answer =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() == 200) {
        confirmations.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while confirming", e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * When the first notification with this MessageId arrived ({@link System#nanoTime()}), or null.
   */
  Long arrival(String messageId) {
    return firstArrival.get(messageId);
  }

  long notifications() {
    return notifications.get();
  }

  long confirmations() {
    return confirmations.get();
  }

  @Override
  public void close() {
    server.stop(0);
    client.close();
  }
}
