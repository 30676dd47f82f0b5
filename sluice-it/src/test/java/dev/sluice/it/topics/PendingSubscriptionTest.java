package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;

/**
 * An HTTP subscription nobody confirmed receives no notifications, and ConfirmSubscription with a
 * token that is not the one sent is refused.
 */
@ExtendWith(SluiceExtension.class)
class PendingSubscriptionTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void anUnconfirmedEndpointGetsOnlyItsConfirmationRequest(URI endpoint) throws Exception {
    var sns = SnsClients.sns(endpoint);
    var topicArn = sns.createTopic(b -> b.name("careful")).topicArn();
    try (var silent = Subscriber.thatNeverConfirms();
        var confirmed = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(silent.url()));
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(confirmed.url()));
      await().atMost(WAIT).until(() -> !silent.received().isEmpty());
      await().atMost(WAIT).until(() -> !confirmed.confirmations().isEmpty());
      var pending =
          sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions().stream()
              .filter(s -> s.endpoint().equals(silent.url()))
              .findFirst()
              .orElseThrow();
      assertThat(pending.subscriptionArn()).isEqualTo("PendingConfirmation");

      sns.publish(b -> b.topicArn(topicArn).message("only for the confirmed"));

      await().atMost(WAIT).until(() -> !confirmed.notifications().isEmpty());
      assertThat(silent.received())
          .extracting(Received::type)
          .containsExactly("SubscriptionConfirmation");

      var token = silent.received().getFirst().json().path("Token").asText();
      assertThatThrownBy(
              () ->
                  sns.confirmSubscription(
                      b -> b.topicArn(topicArn).token(token.substring(1) + "0")))
          .isInstanceOf(InvalidParameterException.class);
      var arn = sns.confirmSubscription(b -> b.topicArn(topicArn).token(token)).subscriptionArn();
      assertThat(arn).startsWith(topicArn + ":");
    }
  }
}
