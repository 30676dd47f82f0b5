package dev.sluice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.OutboxEvent;
import dev.sluice.core.result.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A no-op consumer of the {@code lambda} service's events that notes, for every first delivery of
 * an object's event, how long after the PUT was sent and after the event was created it arrived.
 */
final class DeliveryRecorder implements EventConsumer, PutListener {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final Set<Long> seen = ConcurrentHashMap.newKeySet();
  private LatencySamples sinceSent = new LatencySamples();
  private LatencySamples sinceCreated = new LatencySamples();
  private int delivered;

  @Override
  public String service() {
    return "lambda";
  }

  /** Call right before sending the PUT of {@code key}. */
  @Override
  public void sending(String key) {
    sentAt.put(key, System.nanoTime());
  }

  @Override
  public Result<Void> deliver(OutboxEvent event) {
    long now = System.nanoTime();
    var wallNow = Instant.now();
    if (!seen.add(event.id())) {
      return Result.ok(null);
    }
    Long sent = sentAt.remove(keyOf(event.payload()));
    synchronized (this) {
      delivered++;
      if (sent != null) {
        sinceSent.add(now - sent);
        sinceCreated.add(Duration.between(event.createdAt(), wallNow).toNanos());
      }
    }
    return Result.ok(null);
  }

  /** Waits until every PUT announced with {@link #sending} was delivered, or {@code limit}. */
  boolean awaitAll(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return sentAt.isEmpty();
  }

  /** The samples since the last call, and a fresh start. */
  synchronized Samples drain() {
    var result =
        new Samples(new Stats(sinceSent.toArray()), new Stats(sinceCreated.toArray()), delivered);
    sinceSent = new LatencySamples();
    sinceCreated = new LatencySamples();
    delivered = 0;
    sentAt.clear();
    return result;
  }

  /** Delivery latencies from the PUT's send and from the event's creation; first deliveries. */
  record Samples(Stats sinceSent, Stats sinceCreated, int delivered) {}

  private static String keyOf(String payload) {
    try {
      return JSON.readTree(payload)
          .path("Records")
          .path(0)
          .path("s3")
          .path("object")
          .path("key")
          .asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Unreadable S3 event: " + payload, e);
    }
  }
}
