package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code ListSubscriptions}: 100 subscriptions per page. */
public final class ListSubscriptions implements SnsBinding {
  private final TopicService topics;

  public ListSubscriptions(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return topics.listSubscriptions(request.get("NextToken")).map(SubscriptionMembers::result);
  }
}
