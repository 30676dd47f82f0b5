package dev.sluice.core.topics.internal;

import dev.sluice.core.topics.DeliveryPolicies;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** GetTopicAttributes' answer: what SNS reports for a topic, set attributes over its defaults. */
final class TopicAttributesView {
  private TopicAttributesView() {}

  static Map<String, String> of(StoredTopic topic, List<StoredSubscription> subscriptions) {
    var view = new TreeMap<String, String>();
    String account = topic.arn().split(":")[4];
    long confirmed = subscriptions.stream().filter(StoredSubscription::confirmed).count();
    view.put("TopicArn", topic.arn());
    view.put("Owner", account);
    view.put("Policy", defaultPolicy(topic.arn(), account));
    view.put("DisplayName", "");
    view.put("SubscriptionsConfirmed", Long.toString(confirmed));
    view.put("SubscriptionsPending", Long.toString(subscriptions.size() - confirmed));
    view.put("SubscriptionsDeleted", "0");
    if (topic.fifo()) {
      view.put("FifoTopic", "true");
      view.put("ContentBasedDeduplication", "false");
    }
    topic.attributes().forEach(view::put);
    view.remove("DataProtectionPolicy");
    view.put(
        "EffectiveDeliveryPolicy",
        DeliveryPolicies.effectiveTopicPolicy(topic.attributes().get("DeliveryPolicy")));
    return view;
  }

  /** The access policy SNS gives a new topic: its owner's account may do everything. */
  static String defaultPolicy(String topicArn, String account) {
    return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":"
        + "\"__default_statement_ID\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
        + "\"Action\":[\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\","
        + "\"SNS:AddPermission\",\"SNS:RemovePermission\",\"SNS:DeleteTopic\","
        + "\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],"
        + "\"Resource\":\""
        + topicArn
        + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\""
        + account
        + "\"}}}]}";
  }
}
