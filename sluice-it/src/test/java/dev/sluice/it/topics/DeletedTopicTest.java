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
import software.amazon.awssdk.services.sns.model.NotFoundException;

/** Deleting a topic deletes its subscriptions: publishing to it is then NotFound. */
@ExtendWith(SluiceExtension.class)
class DeletedTopicTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void aDeletedTopicTakesItsSubscriptionsWithIt(URI endpoint) throws Exception {
    var sns = SnsClients.sns(endpoint);
    var topicArn = sns.createTopic(b -> b.name("short-lived")).topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(subscriber.url()));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      var subscriptionArn =
          sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn))
              .subscriptions()
              .getFirst()
              .subscriptionArn();

      sns.deleteTopic(b -> b.topicArn(topicArn));

      assertThat(sns.listSubscriptions().subscriptions())
          .noneMatch(s -> s.subscriptionArn().equals(subscriptionArn));
      assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topicArn).message("into the void")))
          .isInstanceOfSatisfying(
              NotFoundException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist"));
    }
  }
}
