package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * A python function subscribed to a topic receives SNS's Lambda event, and a topic as a Lambda
 * OnFailure destination passes Lambda's invocation record on to its HTTP subscriber.
 */
@ExtendWith(SluiceExtension.class)
class LambdaSubscriptionTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SnsClient sns;
  private static LambdaClient lambda;
  private static CloudWatchLogsClient logs;

  @BeforeAll
  static void clients(URI endpoint) {
    sns = SnsClients.sns(endpoint);
    lambda = LambdaClients.lambda(endpoint);
    logs = LogsClients.logs(endpoint);
  }

  private static void createPython(String name, String code) {
    lambda.createFunction(
        LambdaClients.request(name, LambdaClients.zip(Map.of("app.py", code)))
            .runtime(Runtime.PYTHON3_12)
            .handler("app.handler")
            .build());
  }

  /** The event the function logged as one line "EVENT {json}", once it has. */
  private static Optional<JsonNode> loggedEvent(String function) throws Exception {
    var group = "/aws/lambda/" + function;
    if (logs.describeLogGroups(b -> b.logGroupNamePrefix(group)).logGroups().isEmpty()) {
      return Optional.empty();
    }
    for (var event : logs.filterLogEvents(b -> b.logGroupName(group)).events()) {
      var line = event.message().strip();
      if (line.startsWith("EVENT ")) {
        return Optional.of(JSON.readTree(line.substring("EVENT ".length())));
      }
    }
    return Optional.empty();
  }

  @Test
  void aSubscribedFunctionReceivesSnsLambdaEvent() throws Exception {
    createPython(
        "sns-reader",
        """
        import json

        def handler(event, context):
            print("EVENT " + json.dumps(event))
            return "ok"
        """);
    var topicArn = sns.createTopic(b -> b.name("to-functions")).topicArn();
    var subscriptionArn =
        sns.subscribe(
                b ->
                    b.topicArn(topicArn)
                        .protocol("lambda")
                        .endpoint(LambdaClients.ARN_PREFIX + "sns-reader")
                        .returnSubscriptionArn(true))
            .subscriptionArn();

    var messageId =
        sns.publish(
                b ->
                    b.topicArn(topicArn)
                        .subject("Greeting")
                        .message("hello function")
                        .messageAttributes(
                            Map.of(
                                "lang",
                                MessageAttributeValue.builder()
                                    .dataType("String")
                                    .stringValue("en")
                                    .build())))
            .messageId();

    await().atMost(WAIT).until(() -> loggedEvent("sns-reader").isPresent());
    var record = loggedEvent("sns-reader").orElseThrow().path("Records").path(0);
    assertThat(record.path("EventSource").asText()).isEqualTo("aws:sns");
    assertThat(record.path("EventVersion").asText()).isEqualTo("1.0");
    assertThat(record.path("EventSubscriptionArn").asText()).isEqualTo(subscriptionArn);
    var message = record.path("Sns");
    assertThat(message.path("Type").asText()).isEqualTo("Notification");
    assertThat(message.path("MessageId").asText()).isEqualTo(messageId);
    assertThat(message.path("TopicArn").asText()).isEqualTo(topicArn);
    assertThat(message.path("Subject").asText()).isEqualTo("Greeting");
    assertThat(message.path("Message").asText()).isEqualTo("hello function");
    assertThat(message.path("MessageAttributes").path("lang").path("Type").asText())
        .isEqualTo("String");
    assertThat(message.path("MessageAttributes").path("lang").path("Value").asText())
        .isEqualTo("en");
    assertThat(message.path("SigningCertUrl").asText()).endsWith(".pem");
    assertThat(message.path("UnsubscribeUrl").asText()).contains("Action=Unsubscribe");
    assertThat(message.has("SigningCertURL")).isFalse();
    assertThat(message.has("UnsubscribeURL")).isFalse();
  }

  @Test
  void aFailedAsyncInvokeSendsItsRecordToATopicDestination() throws Exception {
    createPython(
        "sns-refuser",
        """
        def handler(event, context):
            raise ValueError("refused " + str(event["order"]))
        """);
    var topicArn = sns.createTopic(b -> b.name("lambda-failures")).topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(subscriber.url()));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      lambda.putFunctionEventInvokeConfig(
          b ->
              b.functionName("sns-refuser")
                  .maximumRetryAttempts(0)
                  .destinationConfig(d -> d.onFailure(f -> f.destination(topicArn))));

      var requestId =
          lambda
              .invoke(
                  b ->
                      b.functionName("sns-refuser")
                          .invocationType(InvocationType.EVENT)
                          .payload(SdkBytes.fromUtf8String("{\"order\":12}")))
              .responseMetadata()
              .requestId();

      await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
      var envelope = subscriber.notifications().getFirst().json();
      assertThat(envelope.path("TopicArn").asText()).isEqualTo(topicArn);
      assertThat(SnsSignatures.valid(envelope)).isTrue();
      var record = JSON.readTree(envelope.path("Message").asText());
      assertThat(record.path("requestContext").path("requestId").asText()).isEqualTo(requestId);
      assertThat(record.path("requestContext").path("condition").asText())
          .isEqualTo("RetriesExhausted");
      assertThat(record.path("requestPayload").path("order").asInt()).isEqualTo(12);
      assertThat(record.path("responseContext").path("functionError").asText())
          .isEqualTo("Unhandled");
      assertThat(record.path("responsePayload").path("errorType").asText()).isEqualTo("ValueError");
      assertThat(record.path("responsePayload").path("errorMessage").asText())
          .isEqualTo("refused 12");
    }
  }
}
