package dev.sluice.core.topics;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TopicService standing in for the real one in the tests of the services that use topics (until
 * those meet the real one): it knows the topics a test names, records what is published and answers
 * with the configured result; everything else is outside these tests.
 */
public final class StandInTopics implements TopicService {
  public final List<PublishInput> published = new ArrayList<>();
  public final Set<String> topics = new HashSet<>();
  public Result<Published> answer =
      Result.ok(new Published("5f4c8a4e-4b39-4c5d-9b70-0c41a2f1b3a7", null));

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
    return topics.contains(topicArn)
        ? Result.ok(Map.of("TopicArn", topicArn))
        : Result.err(Failure.of("NotFound", 404, "Topic does not exist"));
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
