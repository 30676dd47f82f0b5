package dev.sluice.store.topicservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Needs DeliveryPolicies.effectiveTopicPolicy (EffectiveDeliveryPolicy) from its helper. */
class TopicAttributesTest extends TopicServiceFixture {
  @Test
  void reportsWhatSnsReportsForANewTopic() {
    String arn = topic("t");
    subscribe(arn, "sqs", QUEUE + "q");
    subscribe(arn, "email", "a@example.com");
    var attributes = ok(service.getTopicAttributes(arn));
    assertThat(attributes)
        .containsEntry("TopicArn", arn)
        .containsEntry("Owner", ACCOUNT)
        .containsEntry("DisplayName", "")
        .containsEntry("SubscriptionsConfirmed", "1")
        .containsEntry("SubscriptionsPending", "1")
        .containsEntry("SubscriptionsDeleted", "0")
        .containsKey("EffectiveDeliveryPolicy")
        .doesNotContainKey("FifoTopic");
    assertThat(attributes.get("Policy"))
        .contains("\"Resource\":\"" + arn + "\"")
        .contains("\"AWS:SourceOwner\":\"" + ACCOUNT + "\"");
  }

  @Test
  void reportsFifoAttributesOfAFifoTopic() {
    String arn = topic("a.fifo", Map.of("FifoTopic", "true"));
    assertThat(ok(service.getTopicAttributes(arn)))
        .containsEntry("FifoTopic", "true")
        .containsEntry("ContentBasedDeduplication", "false");
  }

  @Test
  void reportsAttributesOnceSet() {
    String arn = topic("t");
    ok(service.setTopicAttributes(arn, "SignatureVersion", "2"));
    ok(service.setTopicAttributes(arn, "DisplayName", "Alerts"));
    assertThat(ok(service.getTopicAttributes(arn)))
        .containsEntry("SignatureVersion", "2")
        .containsEntry("DisplayName", "Alerts");
  }
}
