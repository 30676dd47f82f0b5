package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code TagResource}. */
public final class TagResource implements SnsBinding {
  private final TopicService topics;

  public TagResource(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    var tags = request.tags("Tags");
    var check =
        new Validation()
            .required(request, "ResourceArn")
            .length(request.get("ResourceArn"), "ResourceArn", 1, 1011)
            .required(request, "Tags")
            .tags(tags, "Tags");
    return check.then(
        () -> topics.tagResource(request.get("ResourceArn"), tags).map(done -> ResultXml.result()));
  }
}
