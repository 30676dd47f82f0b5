package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code DeleteTopic}. */
public final class DeleteTopic implements SnsBinding {
  private final TopicService topics;

  public DeleteTopic(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "TopicArn")
        .then(() -> topics.deleteTopic(request.get("TopicArn")).map(done -> ResultXml.none()));
  }
}
