package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.TopicService;
import java.util.Map;

/** {@code Publish}: to a topic (TopicArn or TargetArn); the service checks which. */
public final class Publish implements SnsBinding {
  private final TopicService topics;

  public Publish(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    return new Validation()
        .required(request, "Message")
        .then(
            () -> request.messageAttributes("MessageAttributes").flatMap(a -> publish(request, a)));
  }

  private Result<ResultXml> publish(SnsRequest request, Map<String, MessageAttribute> attributes) {
    var input =
        new PublishInput(
            request.get("TopicArn"),
            request.get("TargetArn"),
            request.get("PhoneNumber"),
            request.get("Message"),
            request.get("Subject"),
            request.get("MessageStructure"),
            attributes,
            request.get("MessageGroupId"),
            request.get("MessageDeduplicationId"));
    return topics
        .publish(input)
        .map(
            published ->
                ResultXml.result()
                    .element("MessageId", published.messageId())
                    .element("SequenceNumber", published.sequenceNumber()));
  }
}
