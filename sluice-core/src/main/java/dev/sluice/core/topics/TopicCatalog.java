package dev.sluice.core.topics;

import dev.sluice.core.events.NewEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where topics and subscriptions are kept. Each write is one transaction with its outbox events.
 * Reads of a topic and of its subscriptions may come from a short-lived per-node cache that this
 * node's own writes invalidate at once.
 */
public interface TopicCatalog {
  Optional<StoredTopic> topic(String arn);

  /** Inserts a new topic; false when one with this ARN exists. */
  boolean insertTopic(StoredTopic topic);

  /** Replaces the topic's attributes and tags; false when it no longer exists. */
  boolean updateTopic(StoredTopic topic);

  /** Deletes the topic with its subscriptions; nothing happens when it does not exist. */
  void deleteTopic(String arn);

  /** Topic ARNs, oldest first, after {@code afterPosition} (0 for the first), at most limit. */
  List<Positioned<String>> topics(long afterPosition, int limit);

  /** All subscriptions of a topic, confirmed or not, oldest first. */
  List<StoredSubscription> subscriptions(String topicArn);

  /** Subscriptions of one topic (or of all when null), oldest first, at most limit. */
  List<Positioned<StoredSubscription>> listSubscriptions(
      String topicArn, long afterPosition, int limit);

  Optional<StoredSubscription> subscription(String arn);

  /** Inserts the subscription with its events; false when its topic no longer exists. */
  boolean insertSubscription(StoredSubscription subscription, List<NewEvent> events);

  /** Replaces the subscription's state and attributes; false when it no longer exists. */
  boolean updateSubscription(StoredSubscription subscription);

  /** Deletes the subscription with its events; false when it did not exist. */
  boolean deleteSubscription(String arn, List<NewEvent> events);

  /** Commits the deliveries of one publish; concurrent publishes may share a transaction. */
  void publish(List<NewEvent> events);

  /**
   * Publishes to a FIFO topic in one transaction: when {@code message}'s deduplication id was seen
   * and has not expired, answers the first message's id and sequence number and commits nothing;
   * otherwise takes the topic's next sequence number, records the id and commits {@code
   * deliveries.apply(sequenceNumber)}. Empty when the topic no longer exists.
   */
  Optional<Published> publishFifo(
      String topicArn, FifoPublish message, Function<String, List<NewEvent>> deliveries);
}
