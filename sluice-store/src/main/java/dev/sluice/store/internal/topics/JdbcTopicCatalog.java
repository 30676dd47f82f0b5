package dev.sluice.store.internal.topics;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.time.Clock;
import dev.sluice.core.topics.FifoPublish;
import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.TopicCatalog;
import dev.sluice.store.internal.events.OutboxTable;
import dev.sluice.store.internal.jdbc.GroupCommit;
import dev.sluice.store.internal.jdbc.Transactions;
import dev.sluice.store.internal.objects.ReadCache;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Topics and subscriptions on a JDBC database. A topic and the subscriptions of a topic are read
 * through a per-node cache (see {@link ReadCache}) that this node's writes invalidate once they
 * committed; concurrent publishes share transactions ({@link GroupCommit}).
 */
public final class JdbcTopicCatalog implements TopicCatalog {
  private static final long CACHE_TTL_NANOS = Duration.ofSeconds(1).toNanos();
  private static final int PURGE_EVERY = 1_000;

  private final Transactions transactions;
  private final GroupCommit publishes;
  private final Clock clock;
  private final ReadCache<String, Optional<StoredTopic>> topicCache =
      new ReadCache<>(CACHE_TTL_NANOS, System::nanoTime);
  private final ReadCache<String, List<StoredSubscription>> subscriptionCache =
      new ReadCache<>(CACHE_TTL_NANOS, System::nanoTime);
  private final AtomicLong fifoPublishes = new AtomicLong();

  public JdbcTopicCatalog(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.publishes = new GroupCommit(transactions);
    this.clock = clock;
  }

  /** Cached: topics that exist are kept, missing ones never. */
  @Override
  public Optional<StoredTopic> topic(String arn) {
    return topicCache.get(
        arn,
        () -> transactions.run("Reading topic " + arn, c -> TopicTable.find(c, arn)),
        Optional::isPresent);
  }

  @Override
  public boolean insertTopic(StoredTopic topic) {
    boolean inserted =
        transactions.run("Creating topic " + topic.arn(), c -> TopicTable.insert(c, topic));
    topicCache.invalidate(topic.arn());
    return inserted;
  }

  @Override
  public boolean updateTopic(StoredTopic topic) {
    boolean updated =
        transactions.run("Updating topic " + topic.arn(), c -> TopicTable.update(c, topic));
    topicCache.invalidate(topic.arn());
    return updated;
  }

  @Override
  public void deleteTopic(String arn) {
    transactions.run(
        "Deleting topic " + arn,
        c -> {
          TopicTable.delete(c, arn);
          return null;
        });
    topicCache.invalidate(arn);
    subscriptionCache.invalidate(arn);
  }

  @Override
  public List<Positioned<String>> topics(long afterPosition, int limit) {
    return transactions.run("Listing topics", c -> TopicTable.list(c, afterPosition, limit));
  }

  /** Cached, the whole list of the topic's subscriptions. */
  @Override
  public List<StoredSubscription> subscriptions(String topicArn) {
    return subscriptionCache.get(
        topicArn,
        () ->
            transactions.run(
                "Reading the subscriptions of " + topicArn,
                c ->
                    SubscriptionTable.list(c, topicArn, 0, Integer.MAX_VALUE).stream()
                        .map(Positioned::value)
                        .toList()),
        list -> true);
  }

  @Override
  public List<Positioned<StoredSubscription>> listSubscriptions(
      String topicArn, long afterPosition, int limit) {
    return transactions.run(
        "Listing subscriptions", c -> SubscriptionTable.list(c, topicArn, afterPosition, limit));
  }

  @Override
  public Optional<StoredSubscription> subscription(String arn) {
    return transactions.run("Reading subscription " + arn, c -> SubscriptionTable.find(c, arn));
  }

  @Override
  public boolean insertSubscription(StoredSubscription subscription, List<NewEvent> events) {
    boolean inserted =
        transactions.run(
            "Subscribing to " + subscription.topicArn(),
            c -> SubscriptionTable.insert(c, subscription) && withEvents(c, events));
    subscriptionCache.invalidate(subscription.topicArn());
    return inserted;
  }

  @Override
  public boolean updateSubscription(StoredSubscription subscription) {
    boolean updated =
        transactions.run(
            "Updating subscription " + subscription.arn(),
            c -> SubscriptionTable.update(c, subscription));
    subscriptionCache.invalidate(subscription.topicArn());
    return updated;
  }

  @Override
  public boolean deleteSubscription(String arn, List<NewEvent> events) {
    boolean deleted =
        transactions.run(
            "Deleting subscription " + arn,
            c -> SubscriptionTable.delete(c, arn) && withEvents(c, events));
    subscriptionCache.invalidate(arn.substring(0, arn.lastIndexOf(':')));
    return deleted;
  }

  @Override
  public void publish(List<NewEvent> events) {
    Instant now = clock.now();
    publishes.runBatched(
        "Publishing",
        (c, batches) -> {
          OutboxTable.insert(batches, events, now);
          return null;
        });
  }

  @Override
  public Optional<Published> publishFifo(
      String topicArn, FifoPublish message, Function<String, List<NewEvent>> deliveries) {
    boolean purge = fifoPublishes.incrementAndGet() % PURGE_EVERY == 0;
    return publishes.run(
        "Publishing to " + topicArn,
        c -> {
          Optional<Long> last = TopicTable.lockSequence(c, topicArn);
          if (last.isEmpty()) {
            return Optional.empty();
          }
          Optional<Published> first = DeduplicationTable.find(c, topicArn, message);
          if (first.isPresent()) {
            return first;
          }
          if (purge) {
            DeduplicationTable.purge(c, topicArn, message.now().toEpochMilli());
          }
          long next = last.get() + 1;
          String sequenceNumber = SequenceNumbers.format(next);
          TopicTable.setSequence(c, topicArn, next);
          DeduplicationTable.record(c, topicArn, message, sequenceNumber);
          withEvents(c, deliveries.apply(sequenceNumber));
          return Optional.of(new Published(message.messageId(), sequenceNumber));
        });
  }

  private boolean withEvents(Connection c, List<NewEvent> events) throws SQLException {
    if (!events.isEmpty()) {
      OutboxTable.insert(c, events, clock.now());
    }
    return true;
  }
}
