package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.SubscriptionSummary;

/** The result of ListSubscriptions and ListSubscriptionsByTopic. */
final class SubscriptionMembers {
  private SubscriptionMembers() {}

  static ResultXml result(Page<SubscriptionSummary> page) {
    var xml = ResultXml.result().open("Subscriptions");
    for (var subscription : page.items()) {
      xml.open("member")
          .element("SubscriptionArn", subscription.subscriptionArn())
          .element("Owner", subscription.owner())
          .element("Protocol", subscription.protocol())
          .element("Endpoint", subscription.endpoint())
          .element("TopicArn", subscription.topicArn())
          .close("member");
    }
    return xml.close("Subscriptions").element("NextToken", page.nextToken());
  }
}
