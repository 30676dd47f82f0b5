package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.TopicDelivery;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Needs DeliveryPolicies (effective policies) from its helper. */
class HttpSubscriptionTest extends TopicServiceFixture {
  @Test
  void sendsTheConfirmationWithTheEffectiveDeliveryPolicy() {
    String arn = topic("t");
    assertThat(
            ok(
                service.subscribe(
                    new SubscribeInput(arn, "https", "https://example.com/hook", Map.of(), false))))
        .isEqualTo("pending confirmation");
    var delivery = deliveries().getFirst();
    assertThat(delivery.kind()).isEqualTo(TopicDelivery.SUBSCRIPTION_CONFIRMATION);
    assertThat(delivery.deliveryPolicy()).isNotNull();
  }

  @Test
  void sendsAnUnsubscribeConfirmationWhenUnsubscribed() {
    String arn = topic("t");
    ok(service.subscribe(new SubscribeInput(arn, "http", "http://example.com/h", Map.of(), false)));
    String sub = ok(service.confirmSubscription(arn, deliveries().getFirst().token(), null));
    assertThat(ok(service.getSubscriptionAttributes(sub))).containsKey("EffectiveDeliveryPolicy");
    ok(service.unsubscribe(sub));
    var bye = deliveries().getLast();
    assertThat(bye.kind()).isEqualTo(TopicDelivery.UNSUBSCRIBE_CONFIRMATION);
    assertThat(bye.subscriptionArn()).isEqualTo(sub);
    assertThat(bye.message())
        .isEqualTo(
            "You have chosen to deactivate subscription "
                + sub
                + ".\nTo cancel this operation and restore the subscription, visit the"
                + " SubscribeURL included in this message.");
  }
}
