package dev.sluice.core.topics.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.topics.StoredSubscription;
import dev.sluice.core.topics.StoredTopic;
import dev.sluice.core.topics.TopicDelivery;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/** The messages SNS sends an endpoint about its subscription, and their tokens. */
final class Confirmations {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 128;

  private Confirmations() {}

  /** A fresh confirmation token: 256 hex digits, as long as SNS's. */
  static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  static NewEvent subscriptionConfirmation(
      StoredTopic topic, StoredSubscription subscription, String timestamp) {
    return confirmation(
        TopicDelivery.SUBSCRIPTION_CONFIRMATION,
        topic,
        subscription,
        "You have chosen to subscribe to the topic "
            + topic.arn()
            + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.",
        timestamp);
  }

  static NewEvent unsubscribeConfirmation(
      StoredTopic topic, StoredSubscription subscription, String timestamp) {
    return confirmation(
        TopicDelivery.UNSUBSCRIBE_CONFIRMATION,
        topic,
        subscription,
        "You have chosen to deactivate subscription "
            + subscription.arn()
            + ".\nTo cancel this operation and restore the subscription, visit the SubscribeURL"
            + " included in this message.",
        timestamp);
  }

  private static NewEvent confirmation(
      String kind,
      StoredTopic topic,
      StoredSubscription subscription,
      String message,
      String timestamp) {
    return Fanout.event(
        new TopicDelivery(
            kind,
            UUID.randomUUID().toString(),
            topic.arn(),
            subscription.arn(),
            subscription.protocol(),
            subscription.endpoint(),
            null,
            message,
            timestamp,
            null,
            false,
            Fanout.deliveryPolicy(topic, subscription),
            null,
            subscription.token(),
            topic.attributes().get("DisplayName"),
            Fanout.signatureVersion(topic),
            null,
            null,
            null));
  }
}
