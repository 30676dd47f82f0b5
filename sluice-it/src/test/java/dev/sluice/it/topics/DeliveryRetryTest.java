package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A notification an endpoint answers with 5xx is retried by the subscription's delivery policy. */
@ExtendWith(SluiceExtension.class)
class DeliveryRetryTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String RETRY_EVERY_SECOND =
      """
      {"numRetries": 3, "numNoDelayRetries": 0, "minDelayTarget": 1, "maxDelayTarget": 1,
        "numMinDelayRetries": 3, "numMaxDelayRetries": 0, "backoffFunction": "linear"}""";
  private static final String QUICK_RETRIES =
      "{\"healthyRetryPolicy\": " + RETRY_EVERY_SECOND + "}";

  @Test
  void aServerErrorIsRetriedUntilTheEndpointAccepts(URI endpoint) throws Exception {
    var sns = SnsClients.sns(endpoint);
    var topicArn = sns.createTopic(b -> b.name("flaky")).topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(
          b ->
              b.topicArn(topicArn)
                  .protocol("http")
                  .endpoint(subscriber.url())
                  .attributes(Map.of("DeliveryPolicy", QUICK_RETRIES)));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      subscriber.failNextNotifications(2);

      var messageId = sns.publish(b -> b.topicArn(topicArn).message("try again")).messageId();

      await().atMost(WAIT).until(() -> subscriber.notifications().size() == 3);
      assertThat(subscriber.notifications())
          .extracting(n -> n.json().path("MessageId").asText())
          .containsOnly(messageId);
    }
  }

  @Test
  void theTopicsDeliveryPolicyAppliesToSubscriptionsWithoutTheirOwn(URI endpoint) throws Exception {
    var sns = SnsClients.sns(endpoint);
    var topicArn =
        sns.createTopic(
                b ->
                    b.name("flaky-topic")
                        .attributes(
                            Map.of(
                                "DeliveryPolicy",
                                "{\"http\": {\"defaultHealthyRetryPolicy\": "
                                    + RETRY_EVERY_SECOND
                                    + "}}")))
            .topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(subscriber.url()));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      subscriber.failNextNotifications(1);

      sns.publish(b -> b.topicArn(topicArn).message("again"));

      await().atMost(Duration.ofSeconds(10)).until(() -> subscriber.notifications().size() == 2);
    }
  }
}
