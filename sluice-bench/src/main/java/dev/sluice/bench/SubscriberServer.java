package dev.sluice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP subscribers of the topics benchmark: a Jetty server (as a real webhook receiver would
 * be; the JDK's HttpServer drops kept-alive connections under many concurrent senders) that
 * confirms SubscriptionConfirmation messages by getting their SubscribeURL and records when each
 * notification arrived (by {@code x-amz-sns-message-id}), under any path ({@code /s0}, {@code /s1},
 * ... are different subscriptions).
 */
final class SubscriberServer implements AutoCloseable {
  private static final Pattern SUBSCRIBE_URL =
      Pattern.compile("\"SubscribeURL\"\\s*:\\s*\"([^\"]+)\"");

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
  private final AtomicLong notifications = new AtomicLong();
  private final AtomicLong confirmations = new AtomicLong();

  SubscriberServer() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            receive(request);
            response.setStatus(200);
            callback.succeeded();
            return true;
          }
        });
    server.start();
  }

  private void receive(Request request) throws IOException {
    long now = System.nanoTime();
    var body = Content.Source.asString(request, StandardCharsets.UTF_8);
    var type = request.getHeaders().get("x-amz-sns-message-type");
    if ("SubscriptionConfirmation".equals(type)) {
      confirm(body);
    } else if ("Notification".equals(type)) {
      var id = request.getHeaders().get("x-amz-sns-message-id");
      if (id != null) {
        firstArrival.putIfAbsent(id, now);
      }
      notifications.incrementAndGet();
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
    return "http://127.0.0.1:" + connector.getLocalPort() + path;
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
  public void close() throws IOException {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException("The subscriber server did not stop", e);
    }
    client.close();
  }
}
