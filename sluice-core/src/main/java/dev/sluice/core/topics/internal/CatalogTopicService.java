package dev.sluice.core.topics.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import dev.sluice.core.topics.Tag;
import dev.sluice.core.topics.TopicCatalog;
import dev.sluice.core.topics.TopicService;
import java.util.List;
import java.util.Map;

/** SNS on a {@link TopicCatalog}: each operation checks as SNS does, then writes once. */
public final class CatalogTopicService implements TopicService {
  private final TopicOperations topics;
  private final SubscriptionOperations subscriptions;
  private final PublishOperations publishing;
  private final TagOperations tags;

  public CatalogTopicService(TopicCatalog catalog, Clock clock, EventSignal signal) {
    this.topics = new TopicOperations(catalog);
    this.subscriptions = new SubscriptionOperations(catalog, topics, clock, signal);
    this.publishing = new PublishOperations(catalog, topics, clock, signal);
    this.tags = new TagOperations(catalog);
  }

  @Override
  public Result<String> createTopic(CreateTopicInput input) {
    return topics.createTopic(input);
  }

  @Override
  public Result<Void> deleteTopic(String topicArn) {
    return topics.deleteTopic(topicArn);
  }

  @Override
  public Result<Page<String>> listTopics(String nextToken) {
    return topics.listTopics(nextToken);
  }

  @Override
  public Result<Map<String, String>> getTopicAttributes(String topicArn) {
    return topics.getTopicAttributes(topicArn);
  }

  @Override
  public Result<Void> setTopicAttributes(String topicArn, String name, String value) {
    return topics.setTopicAttributes(topicArn, name, value);
  }

  @Override
  public Result<String> subscribe(SubscribeInput input) {
    return subscriptions.subscribe(input);
  }

  @Override
  public Result<String> confirmSubscription(
      String topicArn, String token, String authenticateOnUnsubscribe) {
    return subscriptions.confirm(topicArn, token, authenticateOnUnsubscribe);
  }

  @Override
  public Result<Void> unsubscribe(String subscriptionArn) {
    return subscriptions.unsubscribe(subscriptionArn);
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptions(String nextToken) {
    return subscriptions.list(null, nextToken);
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptionsByTopic(
      String topicArn, String nextToken) {
    return topics.find(topicArn).flatMap(topic -> subscriptions.list(topic.arn(), nextToken));
  }

  @Override
  public Result<Map<String, String>> getSubscriptionAttributes(String subscriptionArn) {
    return subscriptions.attributes(subscriptionArn);
  }

  @Override
  public Result<Void> setSubscriptionAttributes(String subscriptionArn, String name, String value) {
    return subscriptions.setAttribute(subscriptionArn, name, value);
  }

  @Override
  public Result<Published> publish(PublishInput input) {
    return publishing.publish(input);
  }

  @Override
  public Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries) {
    return publishing.publishBatch(topicArn, entries);
  }

  @Override
  public Result<Void> tagResource(String resourceArn, List<Tag> tags) {
    return this.tags.tag(resourceArn, tags);
  }

  @Override
  public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return this.tags.untag(resourceArn, tagKeys);
  }

  @Override
  public Result<List<Tag>> listTagsForResource(String resourceArn) {
    return this.tags.list(resourceArn);
  }
}
