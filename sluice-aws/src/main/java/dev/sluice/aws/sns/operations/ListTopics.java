package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.TopicService;

/** {@code ListTopics}: 100 topic ARNs per page. */
public final class ListTopics implements SnsBinding {
  private final TopicService topics;

  public ListTopics(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return topics
        .listTopics(request.get("NextToken"))
        .map(
            page -> {
              var xml = ResultXml.result().open("Topics");
              page.items()
                  .forEach(arn -> xml.open("member").element("TopicArn", arn).close("member"));
              return xml.close("Topics").element("NextToken", page.nextToken());
            });
  }
}
