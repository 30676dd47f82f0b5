package dev.sluice.it.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP endpoint SNS posts to: records every envelope with the status it answered. Confirmations
 * are answered 200; notifications with {@link #answer(int)}'s status, except that the next {@link
 * #failNext(int)} ones get 500.
 */
final class Webhook implements AutoCloseable {
  /** One POST: its envelope and the status it was answered with. */
  record Post(JsonNode envelope, int status) {
    String type() {
      return envelope.path("Type").asText();
    }

    String messageId() {
      return envelope.path("MessageId").asText();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile int status = 200;

  private Webhook(HttpServer server) {
    this.server = server;
  }

  /** Listens on 127.0.0.1 at {@code port} (0: any free port). */
  static Webhook start(int port) throws IOException {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    var webhook = new Webhook(server);
    server.createContext("/", webhook::handle);
    server.start();
    return webhook;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  int port() {
    return server.getAddress().getPort();
  }

  void answer(int status) {
    this.status = status;
  }

  void failNext(int times) {
    failures.set(times);
  }

  List<Post> posts() {
    return List.copyOf(posts);
  }

  List<Post> notifications() {
    return posts.stream().filter(p -> p.type().equals("Notification")).toList();
  }

  /** The token of the first SubscriptionConfirmation posted, or null before one is. */
  String confirmationToken() {
    return posts.stream()
        .filter(p -> p.type().equals("SubscriptionConfirmation"))
        .map(p -> p.envelope().path("Token").asText())
        .findFirst()
        .orElse(null);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var envelope = JSON.readTree(exchange.getRequestBody().readAllBytes());
      var answer = status;
      if (!envelope.path("Type").asText().equals("Notification")) {
        answer = 200;
      } else if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer = 500;
      }
      posts.add(new Post(envelope, answer));
      exchange.sendResponseHeaders(answer, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
