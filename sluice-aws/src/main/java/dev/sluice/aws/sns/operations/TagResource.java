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
            .required(request, "Tags");
    for (int i = 0; i < tags.size(); i++) {
      var path = "tags." + (i + 1) + ".member.";
      var tag = tags.get(i);
      check.notNull(tag.key(), path + "key").notNull(tag.value(), path + "value");
      check.lengthAt(tag.key(), path + "key", 1, 128).lengthAt(tag.value(), path + "value", 0, 256);
    }
    return check.then(
        () -> topics.tagResource(request.get("ResourceArn"), tags).map(done -> ResultXml.result()));
  }
}
