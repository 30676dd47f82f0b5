package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import dev.sluice.core.topics.MessageAttribute;
import dev.sluice.core.topics.PublishInput;
import dev.sluice.core.topics.Published;
import dev.sluice.core.topics.StandInTopics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnsPublishTaskTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:orders";
  private final StandInTopics topics = new StandInTopics();
  private final SnsTasks tasks = new SnsTasks(() -> topics);

  private TaskOutcome run(String resource, String parameters) {
    return tasks.run(
        new TaskCall(
            TaskResource.parse(resource),
            Json.read(parameters),
            null,
            "us-east-1",
            "000000000000",
            "arn:aws:states:us-east-1:000000000000:execution:m:e",
            submitted -> {}));
  }

  private TaskOutcome publish(String parameters) {
    return run("arn:aws:states:::sns:publish", parameters);
  }

  @Test
  void servesPublishAndItsWaitForTaskTokenFormOnly() {
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::sns:publish"))).isTrue();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::sns:publish.waitForTaskToken")))
        .isTrue();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::sns:publish.sync"))).isFalse();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::lambda:invoke"))).isFalse();
    assertThat(tasks.serves(TaskResource.parse("arn:aws:states:::aws-sdk:sns:publish"))).isFalse();
  }

  @Test
  void passesEveryParameterToPublish() {
    publish(
        """
        {"TopicArn": "%s", "TargetArn": "t", "PhoneNumber": "+15550100", "Message": "hi",
         "Subject": "s", "MessageStructure": "json", "MessageGroupId": "g",
         "MessageDeduplicationId": "d"}"""
            .formatted(TOPIC));

    assertThat(topics.published)
        .containsExactly(
            new PublishInput(TOPIC, "t", "+15550100", "hi", "s", "json", null, "g", "d"));
  }

  @Test
  void leavesAbsentParametersNull() {
    publish("{\"TopicArn\": \"%s\"}".formatted(TOPIC));

    assertThat(topics.published)
        .containsExactly(new PublishInput(TOPIC, null, null, null, null, null, null, null, null));
  }

  @Test
  void sendsAMessageThatIsNotAStringAsItsJsonText() {
    publish("{\"TopicArn\": \"%s\", \"Message\": {\"Message\": \"HelloWorld!\"}}".formatted(TOPIC));
    publish("{\"TopicArn\": \"%s\", \"Message\": {}}".formatted(TOPIC));
    publish("{\"TopicArn\": \"%s\", \"Message\": 1}".formatted(TOPIC));
    publish("{\"TopicArn\": \"%s\", \"Message\": true}".formatted(TOPIC));
    publish("{\"TopicArn\": \"%s\", \"Message\": \"{}\"}".formatted(TOPIC));

    assertThat(topics.published)
        .extracting(PublishInput::message)
        .containsExactly("{\"Message\":\"HelloWorld!\"}", "{}", "1", "true", "{}");
  }

  @Test
  void mapsMessageAttributesWithBinaryValuesDecodedFromBase64() {
    publish(
        """
        {"TopicArn": "%s", "Message": "m", "MessageAttributes": {
          "Version": {"DataType": "String", "StringValue": "string value literal"},
          "Count": {"DataType": "Number", "StringValue": "3"},
          "Blob": {"DataType": "Binary", "BinaryValue": "aGk="}}}"""
            .formatted(TOPIC));

    var attributes = topics.published.getFirst().messageAttributes();
    assertThat(attributes.get("Version"))
        .isEqualTo(MessageAttribute.string("string value literal"));
    assertThat(attributes.get("Count").dataType()).isEqualTo("Number");
    assertThat(attributes.get("Count").stringValue()).isEqualTo("3");
    assertThat(attributes.get("Blob").dataType()).isEqualTo("Binary");
    assertThat(new String(attributes.get("Blob").binaryValue(), StandardCharsets.UTF_8))
        .isEqualTo("hi");
  }

  @Test
  void answersTheMessageIdWithSnsHttpMetadata() {
    TaskOutcome outcome = publish("{\"TopicArn\": \"%s\", \"Message\": \"m\"}".formatted(TOPIC));

    JsonNode output = ((TaskOutcome.Done) outcome).output();
    assertThat(output.path("MessageId").asText()).isEqualTo("5f4c8a4e-4b39-4c5d-9b70-0c41a2f1b3a7");
    assertThat(output.has("SequenceNumber")).isFalse();
    String requestId = output.path("SdkResponseMetadata").path("RequestId").asText();
    JsonNode http = output.path("SdkHttpMetadata");
    assertThat(http.path("HttpStatusCode").asInt()).isEqualTo(200);
    JsonNode headers = http.path("HttpHeaders");
    assertThat(headers.path("Content-Length").asText()).isEqualTo("294");
    assertThat(headers.path("Content-Type").asText()).isEqualTo("text/xml");
    assertThat(headers.path("connection").asText()).isEqualTo("keep-alive");
    assertThat(headers.path("x-amzn-RequestId").asText()).isEqualTo(requestId);
    assertThat(headers.path("Date").asText()).matches("\\w{3}, \\d{2} \\w{3} \\d{4} [0-9:]{8} GMT");
    JsonNode all = http.path("AllHttpHeaders");
    assertThat(all.path("Content-Length").get(0).asText()).isEqualTo("294");
    assertThat(all.path("x-amzn-RequestId").get(0).asText()).isEqualTo(requestId);
    assertThat(all.path("Date").get(0).asText()).isEqualTo(headers.path("Date").asText());
    assertThat(output.size()).isEqualTo(3);
  }

  @Test
  void answersAFifoTopicsSequenceNumberWithTheLongerContentLength() {
    topics.answer =
        Result.ok(new Published("5f4c8a4e-4b39-4c5d-9b70-0c41a2f1b3a7", "10000000000000000001"));

    TaskOutcome outcome =
        publish("{\"TopicArn\": \"%s.fifo\", \"Message\": \"m\"}".formatted(TOPIC));

    JsonNode output = ((TaskOutcome.Done) outcome).output();
    assertThat(output.path("SequenceNumber").asText()).isEqualTo("10000000000000000001");
    assertThat(output.path("SdkHttpMetadata").path("HttpHeaders").path("Content-Length").asText())
        .isEqualTo("352");
  }

  @Test
  void failsWithTheSdkExceptionNameAndItsCauseText() {
    topics.answer = Result.err(Failure.of("NotFound", 404, "Topic does not exist"));

    TaskOutcome outcome = publish("{\"TopicArn\": \"%s\", \"Message\": \"m\"}".formatted(TOPIC));

    TaskOutcome.Failed failed = (TaskOutcome.Failed) outcome;
    assertThat(failed.error()).isEqualTo("SNS.NotFoundException");
    assertThat(failed.cause())
        .matches(
            "Topic does not exist \\(Service: AmazonSNS; Status Code: 404; Error Code: NotFound;"
                + " Request ID: [0-9a-f-]{36}; Proxy: null\\)");
  }

  @Test
  void namesInvalidParameterAndParameterValueInvalidAsTheSdkDoes() {
    topics.answer =
        Result.err(
            Failure.of(
                "InvalidParameter",
                400,
                "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"));
    TaskOutcome.Failed invalid =
        (TaskOutcome.Failed) publish("{\"TopicArn\": \"%s\"}".formatted(TOPIC));
    topics.answer = Result.err(Failure.of("ParameterValueInvalid", 400, "bad value"));
    TaskOutcome.Failed value =
        (TaskOutcome.Failed) publish("{\"TopicArn\": \"%s\"}".formatted(TOPIC));

    assertThat(invalid.error()).isEqualTo("SNS.InvalidParameterException");
    assertThat(invalid.cause())
        .startsWith(
            "Invalid parameter: The MessageGroupId parameter is required for FIFO topics"
                + " (Service: AmazonSNS; Status Code: 400; Error Code: InvalidParameter;");
    assertThat(value.error()).isEqualTo("SNS.InvalidParameterValueException");
  }

  @Test
  void waitForTaskTokenPublishesTheParametersAndAnswersWhatPublishAnswered() {
    TaskOutcome outcome =
        run(
            "arn:aws:states:::sns:publish.waitForTaskToken",
            "{\"TopicArn\": \"%s\", \"Message\": {\"TaskToken\": \"tok\"}}".formatted(TOPIC));

    assertThat(topics.published.getFirst().message()).isEqualTo("{\"TaskToken\":\"tok\"}");
    assertThat(((TaskOutcome.Done) outcome).output().path("MessageId").asText())
        .isEqualTo("5f4c8a4e-4b39-4c5d-9b70-0c41a2f1b3a7");
  }
}
