package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * A real HTTP endpoint subscribes, verifies the confirmation's signature, confirms through the
 * SubscribeURL, and receives signed notifications until it unsubscribes through the UnsubscribeURL.
 */
@ExtendWith(SluiceExtension.class)
class HttpSubscriptionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static SnsClient sns;
  private Subscriber subscriber;

  @BeforeAll
  static void client(URI endpoint) {
    sns = SnsClients.sns(endpoint);
  }

  @BeforeEach
  void endpoint() throws Exception {
    subscriber = Subscriber.start();
  }

  @AfterEach
  void stop() {
    subscriber.close();
  }

  private String confirmedSubscription(String topicArn, Map<String, String> attributes) {
    var pending =
        sns.subscribe(
            b ->
                b.topicArn(topicArn)
                    .protocol("http")
                    .endpoint(subscriber.url())
                    .attributes(attributes));
    assertThat(pending.subscriptionArn()).isEqualTo("pending confirmation");
    await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
    assertThat(subscriber.confirmations().getFirst()).startsWith("200 ");
    var subscriptions = sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions();
    assertThat(subscriptions).hasSize(1);
    var arn = subscriptions.getFirst().subscriptionArn();
    assertThat(arn).startsWith(topicArn + ":");
    assertThat(subscriber.confirmations().getFirst())
        .contains("<ConfirmSubscriptionResponse")
        .contains("<SubscriptionArn>" + arn + "</SubscriptionArn>");
    return arn;
  }

  @Test
  void aConfirmedSubscriberReceivesOneSignedNotificationWithSnsHeaders() throws Exception {
    var topicArn = sns.createTopic(b -> b.name("orders")).topicArn();

    var subscriptionArn = confirmedSubscription(topicArn, Map.of());

    var confirmation = subscriber.received().getFirst();
    assertThat(confirmation.type()).isEqualTo("SubscriptionConfirmation");
    assertThat(confirmation.header("x-amz-sns-topic-arn")).isEqualTo(topicArn);
    assertThat(confirmation.json().path("Message").asText())
        .isEqualTo(
            "You have chosen to subscribe to the topic "
                + topicArn
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this"
                + " message.");
    assertThat(confirmation.json().path("Token").asText()).isNotEmpty();
    assertThat(confirmation.json().path("SignatureVersion").asText()).isEqualTo("1");
    assertThat(SnsSignatures.valid(confirmation.json())).isTrue();
    assertThat(
            sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscriptionArn))
                .attributes()
                .get("PendingConfirmation"))
        .isEqualTo("false");

    var messageId =
        sns.publish(
                b ->
                    b.topicArn(topicArn)
                        .subject("New order")
                        .message("order 7 placed")
                        .messageAttributes(
                            Map.of(
                                "store",
                                MessageAttributeValue.builder()
                                    .dataType("String")
                                    .stringValue("berlin")
                                    .build())))
            .messageId();

    await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
    var notification = subscriber.notifications().getFirst();
    assertThat(notification.header("x-amz-sns-message-type")).isEqualTo("Notification");
    assertThat(notification.header("x-amz-sns-message-id")).isEqualTo(messageId);
    assertThat(notification.header("x-amz-sns-topic-arn")).isEqualTo(topicArn);
    assertThat(notification.header("x-amz-sns-subscription-arn")).isEqualTo(subscriptionArn);
    var envelope = notification.json();
    assertThat(envelope.path("Type").asText()).isEqualTo("Notification");
    assertThat(envelope.path("MessageId").asText()).isEqualTo(messageId);
    assertThat(envelope.path("TopicArn").asText()).isEqualTo(topicArn);
    assertThat(envelope.path("Subject").asText()).isEqualTo("New order");
    assertThat(envelope.path("Message").asText()).isEqualTo("order 7 placed");
    assertThat(envelope.path("Timestamp").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(envelope.path("UnsubscribeURL").asText()).contains("Action=Unsubscribe");
    assertThat(envelope.path("MessageAttributes").path("store").path("Type").asText())
        .isEqualTo("String");
    assertThat(envelope.path("MessageAttributes").path("store").path("Value").asText())
        .isEqualTo("berlin");
    assertThat(SnsSignatures.valid(envelope)).isTrue();

    sns.publish(b -> b.topicArn(topicArn).message("sentinel"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                subscriber.notifications().stream()
                    .anyMatch(n -> n.json().path("Message").asText().equals("sentinel")));
    assertThat(subscriber.notifications())
        .filteredOn(n -> n.json().path("MessageId").asText().equals(messageId))
        .hasSize(1);
  }

  @Test
  void aTopicWithSignatureVersion2SignsWithSha256() throws Exception {
    var topicArn =
        sns.createTopic(b -> b.name("signed-v2").attributes(Map.of("SignatureVersion", "2")))
            .topicArn();
    confirmedSubscription(topicArn, Map.of());
    assertThat(subscriber.received().getFirst().json().path("SignatureVersion").asText())
        .isEqualTo("2");

    sns.publish(b -> b.topicArn(topicArn).message("Grüße ✓\nline two"));

    await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
    var envelope = subscriber.notifications().getFirst().json();
    assertThat(envelope.path("Message").asText()).isEqualTo("Grüße ✓\nline two");
    assertThat(envelope.path("SignatureVersion").asText()).isEqualTo("2");
    assertThat(envelope.has("Subject")).isFalse();
    assertThat(SnsSignatures.valid(envelope)).isTrue();
  }

  @Test
  void aJsonMessageStructureSendsTheHttpEntry() {
    var topicArn = sns.createTopic(b -> b.name("structured")).topicArn();
    confirmedSubscription(topicArn, Map.of());

    sns.publish(
        b ->
            b.topicArn(topicArn)
                .messageStructure("json")
                .message(
                    "{\"default\":\"for everyone\",\"http\":\"for web hooks\","
                        + "\"email\":\"for mail\"}"));

    await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
    assertThat(subscriber.notifications().getFirst().json().path("Message").asText())
        .isEqualTo("for web hooks");
  }

  @Test
  void rawMessageDeliverySendsTheBareMessage() {
    var topicArn = sns.createTopic(b -> b.name("raw")).topicArn();
    confirmedSubscription(topicArn, Map.of("RawMessageDelivery", "true"));

    sns.publish(b -> b.topicArn(topicArn).message("just the bytes {not an envelope}"));

    await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
    var notification = subscriber.notifications().getFirst();
    assertThat(notification.body()).isEqualTo("just the bytes {not an envelope}");
    assertThat(notification.header("x-amz-sns-rawdelivery")).isEqualTo("true");
  }

  @Test
  void theUnsubscribeUrlStopsDeliveries() throws Exception {
    var topicArn = sns.createTopic(b -> b.name("leaving")).topicArn();
    confirmedSubscription(topicArn, Map.of());
    sns.publish(b -> b.topicArn(topicArn).message("first"));
    await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());

    var unsubscribe = subscriber.notifications().getFirst().json().path("UnsubscribeURL").asText();
    var answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(unsubscribe)).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("<UnsubscribeResponse");
    assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions()).isEmpty();
    var second = sns.publish(b -> b.topicArn(topicArn).message("second")).messageId();
    var other = Subscriber.start();
    try {
      // A second, still-subscribed endpoint proves the second message went out.
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(other.url()));
      await().atMost(WAIT).until(() -> !other.confirmations().isEmpty());
      sns.publish(b -> b.topicArn(topicArn).message("third"));
      await().atMost(WAIT).until(() -> !other.notifications().isEmpty());
    } finally {
      other.close();
    }
    assertThat(subscriber.notifications())
        .noneMatch(n -> n.json().path("MessageId").asText().equals(second))
        .hasSize(1);
  }
}
