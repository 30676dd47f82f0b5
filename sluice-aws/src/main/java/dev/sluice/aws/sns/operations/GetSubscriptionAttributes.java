package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code GetSubscriptionAttributes}. */
public final class GetSubscriptionAttributes implements SnsBinding {
  private final TopicService topics;

  public GetSubscriptionAttributes(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "SubscriptionArn")
        .then(
            () ->
                topics
                    .getSubscriptionAttributes(request.get("SubscriptionArn"))
                    .map(attributes -> ResultXml.result().entries("Attributes", attributes)));
  }
}
