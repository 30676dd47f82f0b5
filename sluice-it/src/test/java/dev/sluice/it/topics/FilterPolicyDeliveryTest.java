package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Subscriptions with filter policies on message attributes or on the message body each receive
 * exactly the messages their policy matches.
 */
@ExtendWith(SluiceExtension.class)
class FilterPolicyDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static MessageAttributeValue text(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }

  private static MessageAttributeValue number(String value) {
    return MessageAttributeValue.builder().dataType("Number").stringValue(value).build();
  }

  private static void subscribe(
      SnsClient sns, String topicArn, Subscriber subscriber, Map<String, String> attributes) {
    sns.subscribe(
        b ->
            b.topicArn(topicArn)
                .protocol("http")
                .endpoint(subscriber.url())
                .attributes(attributes));
    await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
  }

  private static List<String> messages(Subscriber subscriber) {
    return subscriber.notifications().stream().map(n -> n.json().path("Message").asText()).toList();
  }

  @Test
  void eachSubscriberReceivesExactlyTheMessagesItsPolicyMatches(URI endpoint) throws Exception {
    var sns = SnsClients.sns(endpoint);
    var topicArn = sns.createTopic(b -> b.name("shop-events")).topicArn();
    try (var berlin = Subscriber.start();
        var bigOrders = Subscriber.start();
        var refunds = Subscriber.start()) {
      subscribe(
          sns, topicArn, berlin, Map.of("FilterPolicy", "{\"store\":[\"berlin\",\"sentinel\"]}"));
      subscribe(
          sns,
          topicArn,
          bigOrders,
          Map.of(
              "FilterPolicy",
              "{\"$or\":[{\"total\":[{\"numeric\":[\">=\",100]}]},{\"store\":[\"sentinel\"]}]}"));
      subscribe(
          sns,
          topicArn,
          refunds,
          Map.of(
              "FilterPolicyScope",
              "MessageBody",
              "FilterPolicy",
              "{\"kind\":[\"refund\",\"sentinel\"]}"));

      publish(sns, topicArn, "{\"kind\":\"order\"}", Map.of("store", text("berlin")));
      publish(
          sns,
          topicArn,
          "{\"kind\":\"order\"}",
          Map.of("store", text("paris"), "total", number("250")));
      publish(
          sns,
          topicArn,
          "{\"kind\":\"refund\"}",
          Map.of("store", text("paris"), "total", number("5")));
      publish(sns, topicArn, "not json at all", Map.of("store", text("rome")));

      await()
          .atMost(WAIT)
          .until(
              () ->
                  berlin.notifications().size() == 1
                      && bigOrders.notifications().size() == 1
                      && refunds.notifications().size() == 1);
      publish(sns, topicArn, "{\"kind\":\"sentinel\"}", Map.of("store", text("sentinel")));
      for (var subscriber : List.of(berlin, bigOrders, refunds)) {
        await().atMost(WAIT).until(() -> messages(subscriber).contains("{\"kind\":\"sentinel\"}"));
      }

      assertThat(berlin.notifications())
          .extracting(n -> n.json().path("MessageAttributes").path("store").path("Value").asText())
          .containsExactly("berlin", "sentinel");
      assertThat(bigOrders.notifications())
          .extracting(n -> n.json().path("MessageAttributes").path("store").path("Value").asText())
          .containsExactly("paris", "sentinel");
      assertThat(messages(bigOrders).getFirst()).isEqualTo("{\"kind\":\"order\"}");
      assertThat(messages(refunds))
          .containsExactly("{\"kind\":\"refund\"}", "{\"kind\":\"sentinel\"}");
    }
  }

  private static void publish(
      SnsClient sns, String topicArn, String message, Map<String, MessageAttributeValue> attrs) {
    sns.publish(b -> b.topicArn(topicArn).message(message).messageAttributes(new HashMap<>(attrs)));
  }
}
