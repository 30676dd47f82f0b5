package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code ListTagsForResource}. */
public final class ListTagsForResource implements SnsBinding {
  private final TopicService topics;

  public ListTagsForResource(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "ResourceArn")
        .length(request.get("ResourceArn"), "ResourceArn", 1, 1011)
        .then(
            () ->
                topics
                    .listTagsForResource(request.get("ResourceArn"))
                    .map(
                        tags -> {
                          var xml = ResultXml.result().open("Tags");
                          tags.forEach(
                              tag ->
                                  xml.open("member")
                                      .element("Key", tag.key())
                                      .element("Value", tag.value())
                                      .close("member"));
                          return xml.close("Tags");
                        }));
  }
}
