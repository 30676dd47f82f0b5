package dev.sluice.it.topics;

import static dev.sluice.it.topics.SnsRefusals.invalid;
import static dev.sluice.it.topics.SnsRefusals.invalidStartingWith;
import static dev.sluice.it.topics.SnsRefusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Subscription;

/** Bad SNS requests, answered with SNS's errors as the SDK sees them, and changing nothing. */
@ExtendWith(SluiceExtension.class)
class TopicsBadInputTest {
  private static final String MISSING = SnsClients.ARN_PREFIX + "no-such-topic";
  static SnsClient sns;
  static String topic;
  static String subscription;

  @BeforeAll
  static void topicWithOneSubscription(URI endpoint) {
    sns = SnsClients.sns(endpoint);
    topic = sns.createTopic(b -> b.name("bad-input")).topicArn();
    subscription =
        sns.subscribe(
                b ->
                    b.topicArn(topic)
                        .protocol("sqs")
                        .endpoint(SnsClients.QUEUE_PREFIX + "bad-input-queue"))
            .subscriptionArn();
  }

  private static Map<String, String> attributes() {
    return sns.getTopicAttributes(b -> b.topicArn(topic)).attributes();
  }

  private static List<Subscription> subscriptions() {
    return sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions();
  }

  private static List<String> topics() {
    return sns.listTopicsPaginator().topics().stream().map(t -> t.topicArn()).toList();
  }

  @Test
  void anUnknownTopicIsNotFoundForEveryTopicOperation() {
    refused(
        () -> sns.publish(b -> b.topicArn(MISSING).message("m")),
        "NotFound",
        404,
        "Topic does not exist");
    refused(
        () -> sns.getTopicAttributes(b -> b.topicArn(MISSING)),
        "NotFound",
        404,
        "Topic does not exist");
    refused(
        () ->
            sns.subscribe(
                b -> b.topicArn(MISSING).protocol("sqs").endpoint(SnsClients.QUEUE_PREFIX + "q")),
        "NotFound",
        404,
        "Topic does not exist");
    refused(
        () ->
            sns.setTopicAttributes(
                b -> b.topicArn(MISSING).attributeName("DisplayName").attributeValue("x")),
        "NotFound",
        404,
        "Topic does not exist");
    assertThat(topics()).doesNotContain(MISSING);
  }

  @Test
  void anUnknownSubscriptionIsNotFound() {
    var unknown = topic + ":00000000-0000-0000-0000-000000000000";
    refused(
        () -> sns.getSubscriptionAttributes(b -> b.subscriptionArn(unknown)),
        "NotFound",
        404,
        "Subscription does not exist");
    refused(
        () ->
            sns.setSubscriptionAttributes(
                b ->
                    b.subscriptionArn(unknown)
                        .attributeName("RawMessageDelivery")
                        .attributeValue("true")),
        "NotFound",
        404,
        "Subscription does not exist");
  }

  @Test
  void anUnsupportedProtocolIsRefusedAndSubscribesNothing() {
    var before = subscriptions();
    invalid(
        () -> sns.subscribe(b -> b.topicArn(topic).protocol("carrier-pigeon").endpoint("x")),
        "Amazon SNS does not support this protocol string: carrier-pigeon");
    assertThat(subscriptions()).isEqualTo(before);
  }

  @Test
  void anEndpointThatDoesNotMatchItsProtocolIsRefusedAndSubscribesNothing() {
    var before = subscriptions();
    invalid(
        () ->
            sns.subscribe(
                b -> b.topicArn(topic).protocol("https").endpoint("http://example.com/hook")),
        "Endpoint must match the specified protocol");
    invalid(
        () -> sns.subscribe(b -> b.topicArn(topic).protocol("email").endpoint("not-an-address")),
        "Email address");
    invalid(
        () -> sns.subscribe(b -> b.topicArn(topic).protocol("lambda").endpoint("my-function")),
        "Lambda endpoint ARN");
    invalid(
        () ->
            sns.subscribe(
                b ->
                    b.topicArn(topic)
                        .protocol("sqs")
                        .endpoint(SnsClients.QUEUE_PREFIX + "queue.fifo")),
        "Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics");
    assertThat(subscriptions()).isEqualTo(before);
  }

  @Test
  void aMessageOfMoreThan262144BytesIsRefusedAndOneOfExactlyThatSizeIsAccepted() {
    invalid(
        () -> sns.publish(b -> b.topicArn(topic).message("a".repeat(262_145))), "Message too long");
    var published = sns.publish(b -> b.topicArn(topic).message("a".repeat(262_144)));
    assertThat(published.messageId()).isNotBlank();
  }

  @Test
  void aSubjectOfMoreThan100CharactersIsRefused() {
    invalid(
        () -> sns.publish(b -> b.topicArn(topic).message("m").subject("s".repeat(101))), "Subject");
    assertThat(sns.publish(b -> b.topicArn(topic).message("m").subject("s".repeat(100))))
        .satisfies(r -> assertThat(r.messageId()).isNotBlank());
  }

  @Test
  void aFilterPolicyThatIsNotJsonOrUsesAnUnknownOperatorIsRefusedAndLeavesTheSubscription() {
    var before = sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription)).attributes();
    refusedFilterPolicy("{not json");
    refusedFilterPolicy("{\"store\":[{\"sounds-like\":\"x\"}]}");
    assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription)).attributes())
        .isEqualTo(before);
  }

  private static void refusedFilterPolicy(String policy) {
    invalidStartingWith(
        () ->
            sns.setSubscriptionAttributes(
                b ->
                    b.subscriptionArn(subscription)
                        .attributeName("FilterPolicy")
                        .attributeValue(policy)),
        "FilterPolicy: ");
  }

  @Test
  void aDeliveryPolicyThatIsNotJsonIsRefusedAndLeavesTheTopicAsItWas() {
    var before = attributes();
    invalidStartingWith(
        () ->
            sns.setTopicAttributes(
                b ->
                    b.topicArn(topic)
                        .attributeName("DeliveryPolicy")
                        .attributeValue("{\"http\": ")),
        "DeliveryPolicy: ");
    assertThat(attributes()).isEqualTo(before);
  }

  @Test
  void aJsonMessageStructureWithoutADefaultIsRefused() {
    invalid(
        () ->
            sns.publish(
                b ->
                    b.topicArn(topic).messageStructure("json").message("{\"sqs\":\"for queues\"}")),
        "Message Structure - No default entry in JSON message body");
  }

  @Test
  void anUnknownTopicAttributeNameIsRefusedAndChangesNothing() {
    var before = attributes();
    invalid(
        () ->
            sns.setTopicAttributes(
                b -> b.topicArn(topic).attributeName("Colour").attributeValue("blue")),
        "AttributeName");
    assertThat(attributes()).isEqualTo(before);
  }

  @Test
  void aMessageAttributeWithAnUnknownDataTypeIsRefused() {
    refused(
        () ->
            sns.publish(
                b ->
                    b.topicArn(topic)
                        .message("m")
                        .messageAttributes(
                            Map.of(
                                "colour",
                                MessageAttributeValue.builder()
                                    .dataType("Colour")
                                    .stringValue("blue")
                                    .build()))),
        "ParameterValueInvalid",
        400,
        "The message attribute 'colour' has an invalid message attribute type, the"
            + " set of supported type prefixes is Binary, Number, and String.");
  }

  @Test
  void badTopicNamesAreRefusedAndCreateNothing() {
    var before = topics();
    invalid(() -> sns.createTopic(b -> b.name("a b")), "Topic Name");
    invalid(() -> sns.createTopic(b -> b.name("t".repeat(257))), "Topic Name");
    invalid(() -> sns.createTopic(b -> b.name("plain.fifo")), "Topic Name");
    assertThat(topics()).isEqualTo(before);
  }

  @Test
  void aConfirmationWithABadTokenIsRefused() {
    refused(
        () -> sns.confirmSubscription(b -> b.topicArn(topic).token("not-a-token")),
        "InvalidParameter",
        400,
        "Invalid token");
  }

  @Test
  void missingRequiredParametersAreValidationErrors() {
    assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic)))
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorMessage())
                  .contains("'message' failed to satisfy constraint: Member must not be null");
            });
    assertThatThrownBy(() -> sns.createTopic(b -> {}))
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
  }

  @Test
  void badSubscriptionAttributesAreRefusedAndLeaveTheSubscriptionAsItWas() {
    var before = sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription)).attributes();
    invalid(
        () ->
            sns.setSubscriptionAttributes(
                b -> b.subscriptionArn(subscription).attributeName("Colour").attributeValue("x")),
        "AttributeName");
    invalid(
        () ->
            sns.setSubscriptionAttributes(
                b ->
                    b.subscriptionArn(subscription)
                        .attributeName("RawMessageDelivery")
                        .attributeValue("maybe")),
        "Attributes Reason: RawMessageDelivery: Invalid value [maybe]. Must be true or false.");
    assertThat(sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription)).attributes())
        .isEqualTo(before);
  }

  @Test
  void badCreateTopicAttributesAreRefusedAndCreateNothing() {
    var before = topics();
    invalid(
        () -> sns.createTopic(b -> b.name("maybe").attributes(Map.of("FifoTopic", "maybe"))),
        "Attributes Reason: FifoTopic: Invalid value [maybe]. Must be true or false.");
    invalid(
        () ->
            sns.createTopic(
                b -> b.name("dedup").attributes(Map.of("ContentBasedDeduplication", "true"))),
        "Attributes Reason: Content-based deduplication can only be set for FIFO topics");
    assertThat(topics()).isEqualTo(before);
  }

  @Test
  void aMessageGroupIdOnAStandardTopicIsRefused() {
    invalid(
        () -> sns.publish(b -> b.topicArn(topic).message("m").messageGroupId("g")),
        "MessageGroupId Reason: The request includes MessageGroupId parameter that is not valid"
            + " for this topic type");
  }
}
