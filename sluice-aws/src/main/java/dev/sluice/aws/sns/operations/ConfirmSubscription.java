package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code ConfirmSubscription}: also reached by the unsigned link of a confirmation message. */
public final class ConfirmSubscription implements SnsBinding {
  private final TopicService topics;

  public ConfirmSubscription(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .required(request, "Token")
        .then(
            () ->
                topics
                    .confirmSubscription(
                        request.get("TopicArn"),
                        request.get("Token"),
                        request.get("AuthenticateOnUnsubscribe"))
                    .map(arn -> ResultXml.result().element("SubscriptionArn", arn)));
  }
}
