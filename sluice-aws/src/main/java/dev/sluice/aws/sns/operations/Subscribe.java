package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.TopicService;

/** {@code Subscribe}: answers the subscription ARN or "pending confirmation". */
public final class Subscribe implements SnsBinding {
  private final TopicService topics;

  public Subscribe(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .required(request, "Protocol")
        .then(
            () ->
                topics
                    .subscribe(
                        new SubscribeInput(
                            request.get("TopicArn"),
                            request.get("Protocol"),
                            request.get("Endpoint"),
                            request.map("Attributes"),
                            "true".equalsIgnoreCase(request.get("ReturnSubscriptionArn"))))
                    .map(arn -> ResultXml.result().element("SubscriptionArn", arn)));
  }
}
