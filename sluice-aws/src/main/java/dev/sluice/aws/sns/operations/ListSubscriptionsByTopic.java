package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code ListSubscriptionsByTopic}: 100 subscriptions per page. */
public final class ListSubscriptionsByTopic implements SnsBinding {
  private final TopicService topics;

  public ListSubscriptionsByTopic(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .then(
            () ->
                topics
                    .listSubscriptionsByTopic(request.get("TopicArn"), request.get("NextToken"))
                    .map(SubscriptionMembers::result));
  }
}
