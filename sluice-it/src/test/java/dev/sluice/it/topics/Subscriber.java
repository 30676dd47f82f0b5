package dev.sluice.it.topics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP subscriber: it records every POST, and answers a SubscriptionConfirmation whose
 * signature verifies by GETting its SubscribeURL, as an SNS subscriber does.
 */
final class Subscriber implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<String> confirmations = new CopyOnWriteArrayList<>();

  private final boolean confirms;
  private final java.util.concurrent.atomic.AtomicInteger failuresLeft =
      new java.util.concurrent.atomic.AtomicInteger();

  private Subscriber(HttpServer server, boolean confirms) {
    this.server = server;
    this.confirms = confirms;
  }

  static Subscriber start() throws IOException {
    return start(true);
  }

  /** A subscriber that records confirmations but never confirms. */
  static Subscriber thatNeverConfirms() throws IOException {
    return start(false);
  }

  private static Subscriber start(boolean confirms) throws IOException {
    var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    var subscriber = new Subscriber(server, confirms);
    server.createContext("/", subscriber::handle);
    server.setExecutor(subscriber.threads);
    server.start();
    return subscriber;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sns";
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  List<Received> notifications() {
    return received.stream().filter(r -> "Notification".equals(r.type())).toList();
  }

  /** Answers the next {@code count} notifications with 500 Internal Server Error. */
  void failNextNotifications(int count) {
    failuresLeft.set(count);
  }

  /** The answers to the SubscribeURL GETs, one per confirmation that verified. */
  List<String> confirmations() {
    return List.copyOf(confirmations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    var headers = new TreeMap<String, String>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
    var message = new Received(Map.copyOf(headers), body);
    received.add(message);
    var fail = "Notification".equals(message.type()) && failuresLeft.getAndDecrement() > 0;
    exchange.sendResponseHeaders(fail ? 500 : 200, -1);
    exchange.close();
    if (confirms && "SubscriptionConfirmation".equals(message.type())) {
      confirm(message);
    }
  }

  private void confirm(Received message) {
    try {
      var envelope = message.json();
      if (!SnsSignatures.valid(envelope)) {
        return;
      }
      var answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(envelope.path("SubscribeURL").asText())).build(),
              HttpResponse.BodyHandlers.ofString());
      confirmations.add(answer.statusCode() + " " + answer.body());
    } catch (Exception e) {
      confirmations.add("failed: " + e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
