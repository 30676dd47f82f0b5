package dev.sluice.server.internal.topics;

import com.sun.net.httpserver.HttpServer;
import dev.sluice.core.events.DispatcherSettings;
import dev.sluice.core.events.EventDispatcher;
import dev.sluice.core.events.EventStatus;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.VirtualClock;
import dev.sluice.core.topics.MailMessage;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.TopicDelivery;
import dev.sluice.core.topics.delivery.SigningKeys;
import dev.sluice.core.topics.delivery.TopicDeliveries;
import dev.sluice.core.topics.delivery.TopicDeliverySetup;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real H2 store and outbox, a dispatcher on a clock running a thousand times faster than real
 * time (with a lease of three virtual hours, seconds of real time), and an HTTP endpoint answering
 * with the statuses a test queues (200 once they run out).
 */
abstract class TopicDeliveryFixture {
  static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";
  static final String SUBSCRIPTION = TOPIC + ":6f1c1b1e-0000-4000-8000-000000000001";

  record Received(Map<String, List<String>> headers, String body, Instant at) {}

  @TempDir Path dataDir;
  final VirtualClock clock = new VirtualClock(Instant.now(), 1000, Duration.ZERO);
  final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
  final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  final List<MailMessage> mails = new CopyOnWriteArrayList<>();
  final List<PublishInput> published = new CopyOnWriteArrayList<>();
  SluiceStore store;
  HttpServer server;
  SigningKeys keys;
  TopicDeliveries consumer;
  EventDispatcher dispatcher;

  @BeforeEach
  void open() throws IOException {
    store = SluiceStore.open(new StoreSettings("h2", dataDir), clock);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, clock.now()));
          var status = statuses.poll();
          exchange.sendResponseHeaders(status == null ? 200 : status, -1);
          exchange.close();
        });
    server.start();
    keys = new SigningKeys(store.snsSigningKey(), clock::now);
    keys.get(); // made before the dispatcher runs, so no first delivery outlives its lease
    consumer =
        new TopicDeliveries(
            new TopicDeliverySetup(
                store.outbox(),
                new JdkWebhookClient(),
                mail -> {
                  mails.add(mail);
                  return Result.ok(null);
                },
                input -> {
                  published.add(input);
                  return Result.ok(new Published("m-1", null));
                },
                () -> "http://127.0.0.1:4566",
                keys,
                clock::now,
                TopicDeliverySetup.DEFAULT_MAIL_FROM,
                3));
  }

  @AfterEach
  void close() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    server.stop(0);
    store.close();
  }

  String hook() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void startDispatcher() {
    dispatcher =
        new EventDispatcher(
                store.outbox(),
                clock,
                List.of(consumer),
                new DispatcherSettings(
                    "test-node",
                    16,
                    Duration.ofHours(3),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(8),
                    10))
            .start();
  }

  void commit(String service, String target, String type, String payload) {
    store.outbox().append(List.of(new NewEvent(service, target, type, payload)), clock.now());
    if (dispatcher != null) {
      dispatcher.eventsCommitted();
    }
  }

  void commit(TopicDelivery delivery) {
    commit(
        TopicDelivery.SERVICE, delivery.subscriptionArn(), TopicDelivery.TYPE, delivery.toJson());
  }

  static TopicDelivery notification(
      String protocol, String endpoint, String policy, String deadLetter, boolean raw) {
    return new TopicDelivery(
        TopicDelivery.NOTIFICATION,
        "5a2c7e4e-1111-4000-8000-000000000001",
        TOPIC,
        SUBSCRIPTION,
        protocol,
        endpoint,
        "Order shipped",
        "hello",
        "2026-11-21T07:00:00.000Z",
        Map.of("color", dev.sluice.core.topics.MessageAttribute.string("blue")),
        raw,
        policy,
        deadLetter,
        null,
        "Orders",
        "2",
        null,
        null,
        null);
  }

  OutboxEvent awaitStatus(EventStatus status, String service) throws InterruptedException {
    for (var i = 0; i < 500; i++) {
      var found =
          store.outbox().list(status, 0, 100).stream()
              .filter(e -> e.service().equals(service))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No " + service + " event became " + status);
  }
}
