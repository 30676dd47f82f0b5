package dev.sluice.core.topics.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.topics.DeliveryPolicies;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.TopicDelivery;
import dev.sluice.core.topics.publish.CheckedMessage;
import java.util.ArrayList;
import java.util.List;

/** One publish's deliveries: a Notification for each confirmed subscription whose filter passes. */
final class Fanout {
  private Fanout() {}

  static List<NewEvent> events(
      StoredTopic topic,
      List<StoredSubscription> subscriptions,
      CheckedMessage message,
      String messageId,
      String timestamp,
      String sequenceNumber) {
    var events = new ArrayList<NewEvent>();
    for (StoredSubscription subscription : subscriptions) {
      if (subscription.confirmed() && passes(subscription, message)) {
        var delivery =
            new TopicDelivery(
                TopicDelivery.NOTIFICATION,
                messageId,
                topic.arn(),
                subscription.arn(),
                subscription.protocol(),
                subscription.endpoint(),
                message.subject(),
                message.messageFor(subscription.protocol()),
                timestamp,
                message.attributes(),
                "true".equalsIgnoreCase(subscription.attributes().get("RawMessageDelivery")),
                deliveryPolicy(topic, subscription),
                SubscriptionAttributeRules.deadLetterTarget(
                    subscription.attributes().get("RedrivePolicy")),
                null,
                topic.attributes().get("DisplayName"),
                signatureVersion(topic),
                message.messageGroupId(),
                message.deduplicationId(),
                sequenceNumber);
        events.add(event(delivery));
      }
    }
    return events;
  }

  static NewEvent event(TopicDelivery delivery) {
    return new NewEvent(
        TopicDelivery.SERVICE, delivery.subscriptionArn(), TopicDelivery.TYPE, delivery.toJson());
  }

  static String signatureVersion(StoredTopic topic) {
    return topic.attributes().getOrDefault("SignatureVersion", "1");
  }

  /** The effective policy of an http/https subscription, else null. */
  static String deliveryPolicy(StoredTopic topic, StoredSubscription subscription) {
    if (!subscription.protocol().startsWith("http")) {
      return null;
    }
    return DeliveryPolicies.effective(
        topic.attributes().get("DeliveryPolicy"), subscription.attributes().get("DeliveryPolicy"));
  }

  private static boolean passes(StoredSubscription subscription, CheckedMessage message) {
    String policy = subscription.attributes().get("FilterPolicy");
    if (policy == null || policy.isEmpty()) {
      return true;
    }
    var scope =
        SubscriptionAttributeRules.scope(subscription.attributes().get("FilterPolicyScope"));
    var parsed = ParsedPolicies.parse(policy, scope);
    return parsed.isOk() && parsed.value().matches(message.attributes(), message.message());
  }
}
