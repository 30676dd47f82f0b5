package dev.sluice.bench;

import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Section 6: SNS. Publish to HTTP delivery latency beside a direct POST of the same body to the
 * same receiver; publishes/s to a topic with ten HTTP subscribers beside GetTopicAttributes calls/s
 * on the same connections, and deliveries/s beside direct POSTs/s to the same receiver.
 */
final class TopicSection {
  static final int CLIENTS = 16;
  static final int SUBSCRIBERS = 10;
  private static final String MESSAGE = "{\"bench\":\"a small message of about sixty bytes\"}";

  private final BenchOptions options;
  private final Report report;
  private final List<List<String>> rows = new ArrayList<>();

  TopicSection(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run(Path workDir) throws Exception {
    report.heading(2, "6. Topics: publish to HTTP delivery, publishes/s with 10 HTTP subscribers");
    var config = SluiceConfig.defaults().withPort(0).withDataDir(workDir.resolve("topics"));
    try (var sluice = Sluice.create(config).start();
        var wire = new TopicsWire(sluice.endpoint());
        var receiver = new SubscriberServer();
        var direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      latency(wire, receiver, direct);
      fanOut(wire, receiver, direct);
    }
    report.table(List.of("what", "measured", "baseline (same run)", "ratio"), rows);
  }

  private void latency(TopicsWire wire, SubscriberServer receiver, HttpClient direct)
      throws Exception {
    var topic = wire.createTopic("latency");
    wire.subscribe(topic, receiver.url("/latency"));
    awaitAtLeast(receiver::confirmations, 1, Duration.ofSeconds(30), "confirmation");
    int warm = options.quick() ? 200 : 1000;
    int measured = options.quick() ? 300 : 3000;
    timedDeliveries(wire, receiver, topic, warm);
    var delivery = new Stats(timedDeliveries(wire, receiver, topic, measured));
    var post = new Stats(directPosts(direct, receiver.url("/baseline"), measured));
    rows.add(
        List.of(
            "Publish to HTTP delivery, one subscriber, one publisher, p50 / p99 ms ("
                + measured
                + " messages)",
            Report.number(delivery.p50()) + " / " + Report.number(delivery.p99()),
            "direct POST of the same body to the same receiver: "
                + Report.number(post.p50())
                + " / "
                + Report.number(post.p99()),
            Report.number(delivery.p50() / post.p50())
                + " x / "
                + Report.number(delivery.p99() / post.p99())
                + " x"));
  }

  private static long[] timedDeliveries(
      TopicsWire wire, SubscriberServer receiver, String topic, int count) throws Exception {
    var samples = new long[count];
    for (int i = 0; i < count; i++) {
      long started = System.nanoTime();
      var id = wire.publish(topic, MESSAGE);
      long deadline = started + Duration.ofSeconds(30).toNanos();
      Long arrived;
      while ((arrived = receiver.arrival(id)) == null) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Message " + id + " was not delivered within 30 s");
        }
        LockSupport.parkNanos(20_000);
      }
      samples[i] = arrived - started;
    }
    return samples;
  }

  private static long[] directPosts(HttpClient client, String url, int count) throws Exception {
    var samples = new long[count];
    var request =
        HttpRequest.newBuilder(URI.create(url))
            .header("x-amz-sns-message-type", "Baseline")
            .POST(HttpRequest.BodyPublishers.ofString(MESSAGE))
            .build();
    for (int i = 0; i < count; i++) {
      long started = System.nanoTime();
      postOnce(client, request);
      samples[i] = System.nanoTime() - started;
    }
    return samples;
  }

  /**
   * Posts once; a kept-alive connection the receiver closed meanwhile is retried on a new one, as a
   * webhook sender would.
   */
  private static void postOnce(HttpClient client, HttpRequest request) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        client.send(request, HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException closedConnection) {
        if (attempt == 3) {
          throw closedConnection;
        }
      }
    }
  }

  private void fanOut(TopicsWire wire, SubscriberServer receiver, HttpClient direct)
      throws Exception {
    var topic = wire.createTopic("fan-out");
    long confirmed = receiver.confirmations();
    for (int s = 0; s < SUBSCRIBERS; s++) {
      wire.subscribe(topic, receiver.url("/fan-out-" + s));
    }
    awaitAtLeast(
        receiver::confirmations, confirmed + SUBSCRIBERS, Duration.ofSeconds(30), "confirmations");
    int messages = options.quick() ? 2_000 : 20_000;
    long warmBase = receiver.notifications();
    ParallelCalls.run(messages / 10, CLIENTS, i -> wire.publish(topic, MESSAGE));
    awaitAtLeast(
        receiver::notifications,
        warmBase + (long) messages / 10 * SUBSCRIBERS,
        Duration.ofMinutes(2),
        "warm-up deliveries");
    long before = receiver.notifications();
    long started = System.nanoTime();
    double publishSeconds = ParallelCalls.run(messages, CLIENTS, i -> wire.publish(topic, MESSAGE));
    long expected = before + (long) messages * SUBSCRIBERS;
    awaitAtLeast(receiver::notifications, expected, Duration.ofMinutes(5), "deliveries");
    double deliverySeconds = (System.nanoTime() - started) / 1e9;
    double reads =
        ParallelCalls.run(
            messages, CLIENTS, i -> wire.call("GetTopicAttributes", Map.of("TopicArn", topic)));
    var request =
        HttpRequest.newBuilder(URI.create(receiver.url("/baseline")))
            .header("x-amz-sns-message-type", "Baseline")
            .POST(HttpRequest.BodyPublishers.ofString(MESSAGE))
            .build();
    int posts = Math.min(messages * SUBSCRIBERS, 50_000);
    double postSeconds = ParallelCalls.run(posts, CLIENTS, i -> postOnce(direct, request));
    double publishRate = messages / publishSeconds;
    double readRate = messages / reads;
    double deliveryRate = (double) messages * SUBSCRIBERS / deliverySeconds;
    double postRate = posts / postSeconds;
    rows.add(
        List.of(
            "Publish/s, " + CLIENTS + " clients, topic with " + SUBSCRIBERS + " HTTP subscribers",
            Report.number(publishRate),
            "GetTopicAttributes/s on the same connections: " + Report.number(readRate),
            Report.percent(publishRate / readRate)));
    rows.add(
        List.of(
            "HTTP deliveries/s of those publishes (all "
                + messages * SUBSCRIBERS
                + " received after "
                + Report.number(deliverySeconds)
                + " s)",
            Report.number(deliveryRate),
            "direct POSTs/s from "
                + CLIENTS
                + " threads to the same receiver: "
                + Report.number(postRate),
            Report.percent(deliveryRate / postRate)));
  }

  private static void awaitAtLeast(LongSupplier value, long wanted, Duration limit, String what)
      throws IOException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (value.getAsLong() < wanted) {
      if (System.nanoTime() > deadline) {
        throw new IOException(
            "Only " + value.getAsLong() + " of " + wanted + " " + what + " within " + limit);
      }
      LockSupport.parkNanos(1_000_000);
    }
  }
}
