package dev.sluice.core.topics.internal;

import dev.sluice.core.topics.DeliveryPolicies;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import java.util.Map;
import java.util.TreeMap;

/** GetSubscriptionAttributes' answer as SNS gives it. */
final class SubscriptionAttributesView {
  /** Kept with the attributes but never set by a caller. */
  static final String AUTHENTICATED = "ConfirmationWasAuthenticated";

  private SubscriptionAttributesView() {}

  static Map<String, String> of(StoredSubscription subscription, StoredTopic topic) {
    var view = new TreeMap<String, String>();
    view.put("SubscriptionArn", subscription.arn());
    view.put("TopicArn", subscription.topicArn());
    view.put("Owner", subscription.owner());
    view.put("Protocol", subscription.protocol());
    view.put("Endpoint", subscription.endpoint());
    view.put("PendingConfirmation", Boolean.toString(!subscription.confirmed()));
    view.put(AUTHENTICATED, "false");
    view.put("RawMessageDelivery", "false");
    view.put("SubscriptionPrincipal", "arn:aws:iam::" + subscription.owner() + ":root");
    subscription.attributes().forEach(view::put);
    if (view.containsKey("FilterPolicy")) {
      view.putIfAbsent("FilterPolicyScope", "MessageAttributes");
    }
    if (subscription.protocol().startsWith("http")) {
      view.put(
          "EffectiveDeliveryPolicy",
          DeliveryPolicies.effective(
              topic == null ? null : topic.attributes().get("DeliveryPolicy"),
              subscription.attributes().get("DeliveryPolicy")));
    }
    return view;
  }
}
