package dev.sluice.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;

/** Failures reach clients as SNS's ErrorResponse, never as a 500 for bad input. */
class SnsErrorRenderingTest extends SnsWireFixture {
  private static final String ARN = "arn:aws:sns:eu-west-1:111122223333:gone";

  @Test
  void aNotFoundFailureBecomesTheSdksNotFoundException() {
    topics.answer(
        "GetTopicAttributes", Result.err(Failure.of("NotFound", 404, "Topic does not exist")));

    var error =
        catchThrowableOfType(
            NotFoundException.class, () -> sns.getTopicAttributes(r -> r.topicArn(ARN)));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
    assertThat(error.requestId()).isEqualTo("req-1");
  }

  @Test
  void anInvalidParameterFailureBecomesTheSdksInvalidParameterException() {
    topics.answer(
        "CreateTopic",
        Result.err(Failure.of("InvalidParameter", 400, "Invalid parameter: Topic Name")));

    var error =
        catchThrowableOfType(
            InvalidParameterException.class, () -> sns.createTopic(r -> r.name("bad name")));

    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Invalid parameter: Topic Name");
  }

  @Test
  void missingRequiredMembersAreOneValidationErrorWithoutCallingTheService() {
    var error =
        catchThrowableOfType(
            SnsException.class, () -> sns.setTopicAttributes(r -> r.attributeValue("v")));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "2 validation errors detected: Value null at 'topicArn' failed to satisfy"
                + " constraint: Member must not be null; Value null at 'attributeName' failed to"
                + " satisfy constraint: Member must not be null");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void anEmptyResourceArnBreaksTheModelsLengthConstraint() {
    var error =
        catchThrowableOfType(
            SnsException.class, () -> sns.listTagsForResource(r -> r.resourceArn("")));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo(
            "1 validation error detected: Value '' at 'resourceArn' failed to satisfy constraint:"
                + " Member must have length greater than or equal to 1");
  }

  @Test
  void anUnknownActionIsInvalidAction() throws Exception {
    var response = post("Action=FlyToTheMoon&Version=2010-03-31");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">")
        .contains("<Type>Sender</Type><Code>InvalidAction</Code>")
        .contains("<Message>The action FlyToTheMoon is not valid for this web service.</Message>");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).hasValue("req-1");
  }

  @Test
  void anSnsActionSluiceLacksSaysSo() throws Exception {
    var response = post("Action=CreatePlatformApplication&Version=2010-03-31&Name=x");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidAction</Code>")
        .contains(
            "<Message>Sluice does not implement the SNS action CreatePlatformApplication.</Message>");
  }

  @Test
  void aRequestWithoutActionIsMissingAction() throws Exception {
    var response = post("Version=2010-03-31");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>MissingAction</Code>");
  }

  @Test
  void aBinaryAttributeThatIsNotBase64IsRejectedAsBadInput() throws Exception {
    var response =
        post(
            "Action=Publish&TopicArn="
                + ARN
                + "&Message=m"
                + "&MessageAttributes.entry.1.Name=b"
                + "&MessageAttributes.entry.1.Value.DataType=Binary"
                + "&MessageAttributes.entry.1.Value.BinaryValue=%25%25%25");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidParameterValue</Code>");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void aMessageAttributeWithoutDataTypeIsRejected() throws Exception {
    var response =
        post(
            "Action=Publish&TopicArn="
                + ARN
                + "&Message=m"
                + "&MessageAttributes.entry.1.Name=kind"
                + "&MessageAttributes.entry.1.Value.StringValue=big");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidParameterValue</Code>")
        .contains(
            "<Message>The message attribute &apos;kind&apos; must contain non-empty message"
                + " attribute type.</Message>");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void aTagWithoutValueOrWithAnEmptyKeyBreaksTheModel() throws Exception {
    var response =
        post(
            "Action=TagResource&ResourceArn="
                + ARN
                + "&Tags.member.1.Key=team&Tags.member.2.Key=&Tags.member.2.Value=v");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>ValidationError</Code>")
        .contains(
            "2 validation errors detected: Value null at &apos;tags.1.member.value&apos; failed"
                + " to satisfy constraint: Member must not be null; Value &apos;&apos; at"
                + " &apos;tags.2.member.key&apos; failed to satisfy constraint: Member must have"
                + " length greater than or equal to 1");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void createTopicChecksItsTagsToo() throws Exception {
    var response = post("Action=CreateTopic&Name=t&Tags.member.1.Value=v");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "1 validation error detected: Value null at &apos;tags.1.member.key&apos; failed to"
                + " satisfy constraint: Member must not be null");
    assertThat(topics.calls).isEmpty();
  }

  @Test
  void aResultIsWrappedInTheActionsResponseWithTheRequestId() throws Exception {
    topics.answer("Subscribe", Result.ok(ARN + ":1"));

    var response = post("Action=Subscribe&TopicArn=" + ARN + "&Protocol=sqs&Endpoint=q");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
    assertThat(response.body())
        .isEqualTo(
            "<?xml version=\"1.0\"?>\n<SubscribeResponse"
                + " xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><SubscribeResult>"
                + "<SubscriptionArn>"
                + ARN
                + ":1</SubscriptionArn></SubscribeResult><ResponseMetadata>"
                + "<RequestId>req-1</RequestId></ResponseMetadata></SubscribeResponse>\n");
  }

  @Test
  void anActionWithoutOutputAnswersOnlyTheMetadata() throws Exception {
    topics.answer("DeleteTopic", Result.ok(null));

    var response = post("Action=DeleteTopic&TopicArn=" + ARN);

    assertThat(response.body())
        .contains("<DeleteTopicResponse")
        .doesNotContain("DeleteTopicResult")
        .contains("<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>");
  }

  private HttpResponse<String> post(String form) throws Exception {
    try (var http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(server.uri() + "/"))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
