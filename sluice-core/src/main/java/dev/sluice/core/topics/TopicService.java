package dev.sluice.core.topics;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;

/**
 * SNS's topics and subscriptions. Every failure carries SNS's error code, HTTP status and message
 * ({@code InvalidParameter} 400, {@code NotFound} 404, {@code ResourceNotFound} 404, ...): the
 * query protocol renders them unchanged.
 */
public interface TopicService {

  /** Idempotent by name when the attributes and tags match; returns the topic ARN. */
  Result<String> createTopic(CreateTopicInput input);

  /** Deleting a topic that does not exist succeeds, as in SNS. */
  Result<Void> deleteTopic(String topicArn);

  /** Topic ARNs, 100 per page, oldest first. */
  Result<Page<String>> listTopics(String nextToken);

  Result<Map<String, String>> getTopicAttributes(String topicArn);

  Result<Void> setTopicAttributes(String topicArn, String name, String value);

  /**
   * Returns the subscription ARN, or {@code "pending confirmation"} for an http(s), email or
   * email-json subscription that must be confirmed first (unless {@link
   * SubscribeInput#returnSubscriptionArn()}).
   */
  Result<String> subscribe(SubscribeInput input);

  /** Confirms with the token of the confirmation message; returns the subscription ARN. */
  Result<String> confirmSubscription(
      String topicArn, String token, String authenticateOnUnsubscribe);

  Result<Void> unsubscribe(String subscriptionArn);

  Result<Page<SubscriptionSummary>> listSubscriptions(String nextToken);

  Result<Page<SubscriptionSummary>> listSubscriptionsByTopic(String topicArn, String nextToken);

  Result<Map<String, String>> getSubscriptionAttributes(String subscriptionArn);

  Result<Void> setSubscriptionAttributes(String subscriptionArn, String name, String value);

  /**
   * Publishes to a topic ({@link PublishInput#topicArn()} or {@link PublishInput#targetArn()}):
   * commits one delivery event per matching confirmed subscription in the same transaction.
   */
  Result<Published> publish(PublishInput input);

  Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries);

  Result<Void> tagResource(String resourceArn, List<Tag> tags);

  Result<Void> untagResource(String resourceArn, List<String> tagKeys);

  Result<List<Tag>> listTagsForResource(String resourceArn);
}
