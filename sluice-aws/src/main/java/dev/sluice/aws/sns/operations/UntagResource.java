package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code UntagResource}. */
public final class UntagResource implements SnsBinding {
  private final TopicService topics;

  public UntagResource(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "ResourceArn")
        .length(request.get("ResourceArn"), "ResourceArn", 1, 1011)
        .required(request, "TagKeys")
        .then(
            () ->
                topics
                    .untagResource(request.get("ResourceArn"), request.strings("TagKeys"))
                    .map(done -> ResultXml.result()));
  }
}
