package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.CreateTopicInput;
import dev.sluice.core.topics.TopicService;

/** {@code CreateTopic}: creates the topic in the caller's region and account. */
public final class CreateTopic implements SnsBinding {
  private final TopicService topics;

  public CreateTopic(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "Name")
        .tags(request.tags("Tags"), "Tags")
        .then(
            () ->
                topics
                    .createTopic(
                        new CreateTopicInput(
                            request.region(),
                            request.account(),
                            request.get("Name"),
                            request.map("Attributes"),
                            request.tags("Tags"),
                            request.get("DataProtectionPolicy")))
                    .map(arn -> ResultXml.result().element("TopicArn", arn)));
  }
}
