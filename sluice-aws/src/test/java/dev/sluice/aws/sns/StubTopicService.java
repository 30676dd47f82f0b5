package dev.sluice.aws.sns;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic service that answers what a test set for an action (a failure otherwise) and records each
 * call with its arguments: the endpoint's collaborator, not the thing under test.
 */
public final class StubTopicService implements TopicService {
  public final List<List<Object>> calls = new ArrayList<>();
  private final Map<String, Result<?>> answers = new HashMap<>();

  public StubTopicService answer(String action, Result<?> result) {
    answers.put(action, result);
    return this;
  }

  /** The arguments of the only call made. */
  public List<Object> onlyCall() {
    if (calls.size() != 1) {
      throw new AssertionError("expected one call, got " + calls);
    }
    return calls.get(0);
  }

  @SuppressWarnings("unchecked")
  private <T> Result<T> call(String action, Object... args) {
    var call = new ArrayList<>();
    call.add(action);
    call.addAll(Arrays.asList(args));
    calls.add(call);
    return (Result<T>)
        answers.getOrDefault(action, Result.err(Failure.of("InternalError", 500, "no answer set")));
  }

  @Override
  public Result<String> createTopic(CreateTopicInput input) {
    return call("CreateTopic", input);
  }

  @Override
  public Result<Void> deleteTopic(String topicArn) {
    return call("DeleteTopic", topicArn);
  }

  @Override
  public Result<Page<String>> listTopics(String nextToken) {
    return call("ListTopics", nextToken);
  }

  @Override
  public Result<Map<String, String>> getTopicAttributes(String topicArn) {
    return call("GetTopicAttributes", topicArn);
  }

  @Override
  public Result<Void> setTopicAttributes(String topicArn, String name, String value) {
    return call("SetTopicAttributes", topicArn, name, value);
  }

  @Override
  public Result<String> subscribe(SubscribeInput input) {
    return call("Subscribe", input);
  }

  @Override
  public Result<String> confirmSubscription(
      String topicArn, String token, String authenticateOnUnsubscribe) {
    return call("ConfirmSubscription", topicArn, token, authenticateOnUnsubscribe);
  }

  @Override
  public Result<Void> unsubscribe(String subscriptionArn) {
    return call("Unsubscribe", subscriptionArn);
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptions(String nextToken) {
    return call("ListSubscriptions", nextToken);
  }

  @Override
  public Result<Page<SubscriptionSummary>> listSubscriptionsByTopic(
      String topicArn, String nextToken) {
    return call("ListSubscriptionsByTopic", topicArn, nextToken);
  }

  @Override
  public Result<Map<String, String>> getSubscriptionAttributes(String subscriptionArn) {
    return call("GetSubscriptionAttributes", subscriptionArn);
  }

  @Override
  public Result<Void> setSubscriptionAttributes(String subscriptionArn, String name, String value) {
    return call("SetSubscriptionAttributes", subscriptionArn, name, value);
  }

  @Override
  public Result<Published> publish(PublishInput input) {
    return call("Publish", input);
  }

  @Override
  public Result<BatchPublished> publishBatch(String topicArn, List<PublishBatchEntry> entries) {
    return call("PublishBatch", topicArn, entries);
  }

  @Override
  public Result<Void> tagResource(String resourceArn, List<Tag> tags) {
    return call("TagResource", resourceArn, tags);
  }

  @Override
  public Result<Void> untagResource(String resourceArn, List<String> tagKeys) {
    return call("UntagResource", resourceArn, tagKeys);
  }

  @Override
  public Result<List<Tag>> listTagsForResource(String resourceArn) {
    return call("ListTagsForResource", resourceArn);
  }
}
