package dev.sluice.core.topics.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.FifoPublish;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.TopicCatalog;
import dev.sluice.core.topics.publish.CheckedMessage;
import dev.sluice.core.topics.publish.PublishChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Publish and PublishBatch: checks, FIFO deduplication and sequence, and the fan-out to the topic's
 * confirmed subscriptions, committed in one transaction per message.
 */
final class PublishOperations {
  static final Duration DEDUPLICATION_WINDOW = Duration.ofMinutes(5);

  private final TopicCatalog catalog;
  private final TopicOperations topics;
  private final Clock clock;
  private final EventSignal signal;

  PublishOperations(TopicCatalog catalog, TopicOperations topics, Clock clock, EventSignal signal) {
    this.catalog = catalog;
    this.topics = topics;
    this.clock = clock;
    this.signal = signal;
  }

  Result<Published> publish(PublishInput input) {
    return target(input)
        .flatMap(topics::find)
        .flatMap(
            topic ->
                PublishChecks.check(input, topic.fifo(), contentBasedDeduplication(topic))
                    .flatMap(message -> publish(topic, message)));
  }

  /** The topic ARN: TopicArn or TargetArn, exactly one of them; SMS is not offered. */
  private static Result<String> target(PublishInput input) {
    int given =
        (input.topicArn() != null ? 1 : 0)
            + (input.targetArn() != null ? 1 : 0)
            + (input.phoneNumber() != null ? 1 : 0);
    if (given > 1) {
      return SnsFailures.invalidParameter(
          "TopicArn or TargetArn Reason: Only one of TopicArn, TargetArn or PhoneNumber may be"
              + " specified");
    }
    if (input.phoneNumber() != null) {
      return SnsFailures.invalidParameter(
          "PhoneNumber Reason: Sluice does not send SMS messages; publish to a topic instead");
    }
    if (given == 0) {
      return SnsFailures.invalidParameter(
          "TopicArn or TargetArn Reason: no value for required parameter");
    }
    return Result.ok(input.topicArn() != null ? input.topicArn() : input.targetArn());
  }

  Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries) {
    return topics
        .find(topicArn)
        .flatMap(topic -> PublishChecks.checkBatch(entries).flatMap(ok -> batch(topic, entries)));
  }

  private Result<BatchPublished> batch(StoredTopic topic, List<PublishBatchEntry> entries) {
    var successful = new ArrayList<BatchPublished.Success>();
    var failed = new ArrayList<BatchPublished.Failed>();
    for (PublishBatchEntry entry : entries) {
      Result<Published> published =
          PublishChecks.check(entry, topic.fifo(), contentBasedDeduplication(topic))
              .flatMap(message -> publish(topic, message));
      if (published.isOk()) {
        Published p = published.value();
        successful.add(new BatchPublished.Success(entry.id(), p.messageId(), p.sequenceNumber()));
      } else {
        var f = published.failure();
        failed.add(new BatchPublished.Failed(entry.id(), f.code(), f.message(), f.status() < 500));
      }
    }
    return Result.ok(new BatchPublished(successful, failed));
  }

  private static boolean contentBasedDeduplication(StoredTopic topic) {
    return "true".equalsIgnoreCase(topic.attributes().get("ContentBasedDeduplication"));
  }

  private Result<Published> publish(StoredTopic topic, CheckedMessage message) {
    String messageId = UUID.randomUUID().toString();
    Instant now = clock.now();
    String timestamp = Timestamps.format(now);
    List<StoredSubscription> subscriptions = catalog.subscriptions(topic.arn());
    if (!topic.fifo()) {
      List<NewEvent> events =
          Fanout.events(topic, subscriptions, message, messageId, timestamp, null);
      committed(events.isEmpty(), () -> catalog.publish(events));
      return Result.ok(new Published(messageId, null));
    }
    var fifo =
        new FifoPublish(message.deduplicationId(), messageId, now, now.plus(DEDUPLICATION_WINDOW));
    var published =
        catalog.publishFifo(
            topic.arn(),
            fifo,
            sequence ->
                Fanout.events(topic, subscriptions, message, messageId, timestamp, sequence));
    if (published.isEmpty()) {
      return SnsFailures.topicNotFound();
    }
    if (published.get().messageId().equals(messageId)) {
      signal.eventsCommitted();
    }
    return Result.ok(published.get());
  }

  private void committed(boolean nothing, Runnable commit) {
    if (!nothing) {
      commit.run();
      signal.eventsCommitted();
    }
  }
}
