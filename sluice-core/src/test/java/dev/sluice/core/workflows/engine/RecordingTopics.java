package dev.sluice.core.workflows.engine;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import dev.sluice.core.topics.Tag;
import dev.sluice.core.topics.TopicService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A TopicService for the SNS task tests only: it records what is published and answers with the
 * configured result; everything else is outside these tests.
 */
final class RecordingTopics implements TopicService {
  final List<PublishInput> published = new ArrayList<>();
  Result<Published> answer = Result.ok(new Published("5f4c8a4e-4b39-4c5d-9b70-0c41a2f1b3a7", null));

  @Override
  public Result<Published> publish(PublishInput input) {
    published.add(input);
    return answer;
  }

  private static <T> Result<T> outside() {
    return Result.err(Failure.of("InternalError", 500, "not part of the SNS task tests"));
  }

  @Override
  public Result<String> createTopic(CreateTopicInput input) {
    return outside();
  }

  @Override
  public Result<Void> deleteTopic(String topicArn) {
    return outside();
  }

  @Override
  public Result<Page<String>> listTopics(String nextToken) {
    return outside();
  }

  @Override
  public Result<Map<String, String>> getTopicAttributes(String topicArn) {
    return outside();
  }

  @Override
  public Result<Void> setTopicAttributes(String topicArn, String name, String value) {
    return outside();
  }

  @Override
  public Result<String> subscribe(SubscribeInput input) {
    return outside();
  }

  @Override
  public Result<String> confirmSubscription(
      String topicArn, String token, String authenticateOnUnsubscribe) {
    return outside();
  }

  @Override
  public Result<Void> unsubscribe(String subscriptionArn) {
    return outside();
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptions(String nextToken) {
    return outside();
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptionsByTopic(
      String topicArn, String nextToken) {
    return outside();
  }

  @Override
  public Result<Map<String, String>> getSubscriptionAttributes(String subscriptionArn) {
    return outside();
  }

  @Override
  public Result<Void> setSubscriptionAttributes(String subscriptionArn, String name, String value) {
    return outside();
  }

  @Override
  public Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries) {
    return outside();
  }

  @Override
  public Result<Void> tagResource(String resourceArn, List<Tag> tags) {
    return outside();
  }

  @Override
  public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return outside();
  }

  @Override
  public Result<List<Tag>> listTagsForResource(String resourceArn) {
    return outside();
  }
}
