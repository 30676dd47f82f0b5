package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code Unsubscribe}: also reached by the unsigned link of a notification. */
public final class Unsubscribe implements SnsBinding {
  private final TopicService topics;

  public Unsubscribe(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "SubscriptionArn")
        .then(
            () -> topics.unsubscribe(request.get("SubscriptionArn")).map(done -> ResultXml.none()));
  }
}
