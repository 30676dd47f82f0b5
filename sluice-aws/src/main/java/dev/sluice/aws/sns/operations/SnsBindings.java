package dev.sluice.aws.sns.operations;

import dev.sluice.core.topics.TopicService;
import java.util.Map;
import java.util.Optional;

/** One binding per SNS action Sluice answers, by action name. */
public final class SnsBindings {
  private final Map<String, SnsBinding> bindings;

  public SnsBindings(TopicService t) {
    this.bindings =
        Map.ofEntries(
            Map.entry("CreateTopic", new CreateTopic(t)),
            Map.entry("DeleteTopic", new DeleteTopic(t)),
            Map.entry("ListTopics", new ListTopics(t)),
            Map.entry("GetTopicAttributes", new GetTopicAttributes(t)),
            Map.entry("SetTopicAttributes", new SetTopicAttributes(t)),
            Map.entry("Subscribe", new Subscribe(t)),
            Map.entry("ConfirmSubscription", new ConfirmSubscription(t)),
            Map.entry("Unsubscribe", new Unsubscribe(t)),
            Map.entry("ListSubscriptions", new ListSubscriptions(t)),
            Map.entry("ListSubscriptionsByTopic", new ListSubscriptionsByTopic(t)),
            Map.entry("GetSubscriptionAttributes", new GetSubscriptionAttributes(t)),
            Map.entry("SetSubscriptionAttributes", new SetSubscriptionAttributes(t)),
            Map.entry("Publish", new Publish(t)),
            Map.entry("PublishBatch", new PublishBatch(t)),
            Map.entry("TagResource", new TagResource(t)),
            Map.entry("UntagResource", new UntagResource(t)),
            Map.entry("ListTagsForResource", new ListTagsForResource(t)));
  }

  public Optional<SnsBinding> get(String action) {
    return Optional.ofNullable(bindings.get(action));
  }
}
