package dev.sluice.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.core.topics.Page;
import dev.sluice.core.topics.SubscribeInput;
import dev.sluice.core.topics.SubscriptionSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.model.Subscription;

/** The SDK v2 SNS client's subscription calls are decoded, and their results read back. */
class SnsSubscriptionWireTest extends SnsWireFixture {
  private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:orders";
  private static final String SUBSCRIPTION = TOPIC + ":6b0e71bd-7e97-4d97-80ce-4a0994e55286";

  @Test
  void subscribeSendsProtocolEndpointAttributesAndTheReturnFlag() {
    topics.answer("Subscribe", Result.ok(SUBSCRIPTION));
    var filter = "{\"kind\":[\"big\"]}";

    var response =
        sns.subscribe(
            r ->
                r.topicArn(TOPIC)
                    .protocol("sqs")
                    .endpoint("arn:aws:sqs:eu-west-1:111122223333:q")
                    .attributes(Map.of("RawMessageDelivery", "true", "FilterPolicy", filter))
                    .returnSubscriptionArn(true));

    assertThat(response.subscriptionArn()).isEqualTo(SUBSCRIPTION);
    assertThat(topics.onlyCall())
        .containsExactly(
            "Subscribe",
            new SubscribeInput(
                TOPIC,
                "sqs",
                "arn:aws:sqs:eu-west-1:111122223333:q",
                Map.of("RawMessageDelivery", "true", "FilterPolicy", filter),
                true));
  }

  @Test
  void subscribeWithoutEndpointOrFlagSendsNullAndFalse() {
    topics.answer("Subscribe", Result.ok("pending confirmation"));

    var response = sns.subscribe(r -> r.topicArn(TOPIC).protocol("http"));

    assertThat(response.subscriptionArn()).isEqualTo("pending confirmation");
    assertThat(topics.onlyCall())
        .containsExactly("Subscribe", new SubscribeInput(TOPIC, "http", null, Map.of(), false));
  }

  @Test
  void confirmSubscriptionPassesTokenAndAuthenticateOnUnsubscribe() {
    topics.answer("ConfirmSubscription", Result.ok(SUBSCRIPTION));

    var response =
        sns.confirmSubscription(
            r -> r.topicArn(TOPIC).token("2336412f37fb").authenticateOnUnsubscribe("true"));

    assertThat(response.subscriptionArn()).isEqualTo(SUBSCRIPTION);
    assertThat(topics.onlyCall())
        .containsExactly("ConfirmSubscription", TOPIC, "2336412f37fb", "true");
  }

  @Test
  void unsubscribePassesTheSubscriptionArn() {
    topics.answer("Unsubscribe", Result.ok(null));

    sns.unsubscribe(r -> r.subscriptionArn(SUBSCRIPTION));

    assertThat(topics.onlyCall()).containsExactly("Unsubscribe", SUBSCRIPTION);
  }

  @Test
  void listSubscriptionsReadsEveryMemberAndTheNextToken() {
    var confirmed =
        new SubscriptionSummary(SUBSCRIPTION, "111122223333", "sqs", "arn:aws:sqs:q", TOPIC);
    var pending =
        new SubscriptionSummary(
            "PendingConfirmation", "111122223333", "http", "http://h/?a=1&b=2", TOPIC);
    topics.answer("ListSubscriptions", Result.ok(new Page<>(List.of(confirmed, pending), "n2")));

    var response = sns.listSubscriptions(r -> r.nextToken("n1"));

    assertThat(response.subscriptions())
        .containsExactly(
            Subscription.builder()
                .subscriptionArn(SUBSCRIPTION)
                .owner("111122223333")
                .protocol("sqs")
                .endpoint("arn:aws:sqs:q")
                .topicArn(TOPIC)
                .build(),
            Subscription.builder()
                .subscriptionArn("PendingConfirmation")
                .owner("111122223333")
                .protocol("http")
                .endpoint("http://h/?a=1&b=2")
                .topicArn(TOPIC)
                .build());
    assertThat(response.nextToken()).isEqualTo("n2");
    assertThat(topics.onlyCall()).containsExactly("ListSubscriptions", "n1");
  }

  @Test
  void listSubscriptionsByTopicPassesTheTopicAndLeavesOutAMissingToken() {
    var summary = new SubscriptionSummary(SUBSCRIPTION, "111122223333", "lambda", "arn:f", TOPIC);
    topics.answer("ListSubscriptionsByTopic", Result.ok(new Page<>(List.of(summary), null)));

    var response = sns.listSubscriptionsByTopic(r -> r.topicArn(TOPIC));

    assertThat(response.subscriptions())
        .extracting(Subscription::subscriptionArn)
        .containsExactly(SUBSCRIPTION);
    assertThat(response.nextToken()).isNull();
    assertThat(topics.onlyCall()).containsExactly("ListSubscriptionsByTopic", TOPIC, null);
  }

  @Test
  void getSubscriptionAttributesReadsTheMap() {
    topics.answer(
        "GetSubscriptionAttributes",
        Result.ok(Map.of("SubscriptionArn", SUBSCRIPTION, "PendingConfirmation", "false")));

    var response = sns.getSubscriptionAttributes(r -> r.subscriptionArn(SUBSCRIPTION));

    assertThat(response.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("SubscriptionArn", SUBSCRIPTION, "PendingConfirmation", "false"));
  }

  @Test
  void setSubscriptionAttributesPassesNameAndValue() {
    topics.answer("SetSubscriptionAttributes", Result.ok(null));

    sns.setSubscriptionAttributes(
        r ->
            r.subscriptionArn(SUBSCRIPTION)
                .attributeName("FilterPolicy")
                .attributeValue("{\"a\": [\"b c\"]}"));

    assertThat(topics.onlyCall())
        .containsExactly(
            "SetSubscriptionAttributes", SUBSCRIPTION, "FilterPolicy", "{\"a\": [\"b c\"]}");
  }
}
