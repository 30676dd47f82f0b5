package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code GetTopicAttributes}. */
public final class GetTopicAttributes implements SnsBinding {
  private final TopicService topics;

  public GetTopicAttributes(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .then(
            () ->
                topics
                    .getTopicAttributes(request.get("TopicArn"))
                    .map(attributes -> ResultXml.result().entries("Attributes", attributes)));
  }
}
