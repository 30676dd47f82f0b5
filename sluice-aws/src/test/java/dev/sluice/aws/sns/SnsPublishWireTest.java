package dev.sluice.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.BatchPublished;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishBatchEntry;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResultEntry;
import software.amazon.awssdk.services.sns.model.SnsException;

/** The SDK v2 SNS client's Publish and PublishBatch are decoded, and their results read back. */
class SnsPublishWireTest extends SnsWireFixture {
  private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:orders.fifo";

  @Test
  void publishSendsEveryMemberAndReadsMessageIdAndSequenceNumber() {
    topics.answer("Publish", Result.ok(new Published("m-1", "10000000000000000001")));

    var response =
        sns.publish(
            r ->
                r.topicArn(TOPIC)
                    .message("{\"default\":\"hi & <bye>\"}")
                    .subject("Greeting")
                    .messageStructure("json")
                    .messageGroupId("g1")
                    .messageDeduplicationId("d1"));

    assertThat(response.messageId()).isEqualTo("m-1");
    assertThat(response.sequenceNumber()).isEqualTo("10000000000000000001");
    assertThat(topics.onlyCall())
        .containsExactly(
            "Publish",
            new PublishInput(
                TOPIC,
                null,
                null,
                "{\"default\":\"hi & <bye>\"}",
                "Greeting",
                "json",
                Map.of(),
                "g1",
                "d1"));
  }

  @Test
  void publishToAStandardTopicHasNoSequenceNumber() {
    topics.answer("Publish", Result.ok(new Published("m-2", null)));

    var response = sns.publish(r -> r.targetArn(TOPIC).message("hello"));

    assertThat(response.messageId()).isEqualTo("m-2");
    assertThat(response.sequenceNumber()).isNull();
    var input = (PublishInput) topics.onlyCall().get(1);
    assertThat(input.topicArn()).isNull();
    assertThat(input.targetArn()).isEqualTo(TOPIC);
  }

  @Test
  void publishDecodesStringNumberAndBinaryMessageAttributes() {
    topics.answer("Publish", Result.ok(new Published("m-3", null)));
    var bytes = new byte[] {0, 1, (byte) 0xff, 'x'};

    sns.publish(
        r ->
            r.topicArn(TOPIC)
                .message("m")
                .messageAttributes(
                    Map.of(
                        "kind", string("String", "big order"),
                        "amount", string("Number.float", "12.5"),
                        "blob",
                            MessageAttributeValue.builder()
                                .dataType("Binary")
                                .binaryValue(SdkBytes.fromByteArray(bytes))
                                .build())));

    var attributes = ((PublishInput) topics.onlyCall().get(1)).messageAttributes();
    assertThat(attributes).containsOnlyKeys("kind", "amount", "blob");
    assertThat(attributes.get("kind")).isEqualTo(new MessageAttribute("String", "big order", null));
    assertThat(attributes.get("amount"))
        .isEqualTo(new MessageAttribute("Number.float", "12.5", null));
    assertThat(attributes.get("blob").dataType()).isEqualTo("Binary");
    assertThat(attributes.get("blob").stringValue()).isNull();
    assertThat(attributes.get("blob").binaryValue()).isEqualTo(bytes);
  }

  @Test
  void publishBatchSendsEveryEntryAndReadsSuccessfulAndFailed() {
    topics.answer(
        "PublishBatch",
        Result.ok(
            new BatchPublished(
                List.of(new BatchPublished.Success("a", "m-a", "1")),
                List.of(
                    new BatchPublished.Failed(
                        "b", "InvalidParameter", "Invalid parameter: Message", true)))));

    var response =
        sns.publishBatch(
            r ->
                r.topicArn(TOPIC)
                    .publishBatchRequestEntries(
                        PublishBatchRequestEntry.builder()
                            .id("a")
                            .message("first")
                            .subject("s")
                            .messageStructure("raw")
                            .messageGroupId("g")
                            .messageDeduplicationId("d")
                            .messageAttributes(Map.of("k", string("String", "v")))
                            .build(),
                        PublishBatchRequestEntry.builder().id("b").message("second").build()));

    assertThat(response.successful())
        .containsExactly(
            PublishBatchResultEntry.builder().id("a").messageId("m-a").sequenceNumber("1").build());
    assertThat(response.failed())
        .containsExactly(
            BatchResultErrorEntry.builder()
                .id("b")
                .code("InvalidParameter")
                .message("Invalid parameter: Message")
                .senderFault(true)
                .build());
    assertThat(topics.onlyCall())
        .containsExactly(
            "PublishBatch",
            TOPIC,
            List.of(
                new PublishBatchEntry(
                    "a", "first", "s", "raw", Map.of("k", MessageAttribute.string("v")), "g", "d"),
                new PublishBatchEntry("b", "second", null, null, Map.of(), null, null)));
  }

  @Test
  void publishBatchWithEntriesWithoutIdIsAValidationError() {
    var error =
        catchThrowableOfType(
            SnsException.class,
            () ->
                sns.publishBatch(
                    r ->
                        r.topicArn(TOPIC)
                            .publishBatchRequestEntries(
                                PublishBatchRequestEntry.builder().message("x").build())));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value null at 'publishBatchRequestEntries.1.member.id'"
                + " failed to satisfy constraint: Member must not be null");
    assertThat(topics.calls).isEmpty();
  }

  private static MessageAttributeValue string(String type, String value) {
    return MessageAttributeValue.builder().dataType(type).stringValue(value).build();
  }
}
