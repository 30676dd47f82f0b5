package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code SetTopicAttributes}: one attribute per call. */
public final class SetTopicAttributes implements SnsBinding {
  private final TopicService topics;

  public SetTopicAttributes(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .required(request, "AttributeName")
        .then(
            () ->
                topics
                    .setTopicAttributes(
                        request.get("TopicArn"),
                        request.get("AttributeName"),
                        request.get("AttributeValue"))
                    .map(done -> ResultXml.none()));
  }
}
