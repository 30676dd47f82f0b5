package dev.sluice.aws.sns.operations;

import dev.sluice.aws.sns.internal.ResultXml;
import dev.sluice.aws.sns.internal.SnsRequest;
import dev.sluice.aws.sns.internal.Validation;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.TopicService;
import java.util.ArrayList;
import java.util.List;

/** {@code PublishBatch}: up to ten entries, each answered in Successful or Failed. */
public final class PublishBatch implements SnsBinding {
  private static final String ENTRIES = "PublishBatchRequestEntries";

  private final TopicService topics;

  public PublishBatch(TopicService topics) {
    this.topics = topics;
  }

  @Override
  public Result<ResultXml> handle(SnsRequest request) {
    var check = new Validation().required(request, "TopicArn").required(request, ENTRIES);
    for (int n : request.indexes(ENTRIES + ".member.")) {
      var path = "publishBatchRequestEntries." + n + ".member.";
      var prefix = ENTRIES + ".member." + n + ".";
      check.notNull(request.get(prefix + "Id"), path + "id");
      check.notNull(request.get(prefix + "Message"), path + "message");
    }
    return check.then(() -> entries(request).flatMap(e -> publish(request, e)));
  }

  private static Result<List<PublishBatchEntry>> entries(SnsRequest request) {
    var entries = new ArrayList<PublishBatchEntry>();
    for (int n : request.indexes(ENTRIES + ".member.")) {
      var prefix = ENTRIES + ".member." + n + ".";
      var attributes = request.messageAttributes(prefix + "MessageAttributes");
      if (!attributes.isOk()) {
        return Result.err(attributes.failure());
      }
      entries.add(
          new PublishBatchEntry(
              request.get(prefix + "Id"),
              request.get(prefix + "Message"),
              request.get(prefix + "Subject"),
              request.get(prefix + "MessageStructure"),
              attributes.value(),
              request.get(prefix + "MessageGroupId"),
              request.get(prefix + "MessageDeduplicationId")));
    }
    return Result.ok(entries);
  }

  private Result<ResultXml> publish(SnsRequest request, List<PublishBatchEntry> entries) {
    return topics.publishBatch(request.get("TopicArn"), entries).map(PublishBatch::result);
  }

  private static ResultXml result(BatchPublished batch) {
    var xml = ResultXml.result().open("Successful");
    for (var success : batch.successful()) {
      xml.open("member")
          .element("Id", success.id())
          .element("MessageId", success.messageId())
          .element("SequenceNumber", success.sequenceNumber())
          .close("member");
    }
    xml.close("Successful").open("Failed");
    for (var failed : batch.failed()) {
      xml.open("member")
          .element("Id", failed.id())
          .element("Code", failed.code())
          .element("Message", failed.message())
          .element("SenderFault", Boolean.toString(failed.senderFault()))
          .close("member");
    }
    return xml.close("Failed");
  }
}
