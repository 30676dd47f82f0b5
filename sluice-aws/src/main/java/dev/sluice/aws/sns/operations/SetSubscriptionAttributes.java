package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code SetSubscriptionAttributes}: one attribute per call. */
public final class SetSubscriptionAttributes implements SnsBinding {
  private final TopicService topics;

  public SetSubscriptionAttributes(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "SubscriptionArn")
        .required(request, "AttributeName")
        .then(
            () ->
                topics
                    .setSubscriptionAttributes(
                        request.get("SubscriptionArn"),
                        request.get("AttributeName"),
                        request.get("AttributeValue"))
                    .map(done -> ResultXml.none()));
  }
}
