package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsResponse;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.Topic;

/** Topics, subscriptions, attributes, tags and batches through the SDK's control plane calls. */
@ExtendWith(SluiceExtension.class)
class TopicControlPlaneTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static SnsClient sns;

  @BeforeAll
  static void client(URI endpoint) {
    sns = SnsClients.sns(endpoint);
  }

  private static String topic(String name) {
    return sns.createTopic(b -> b.name(name)).topicArn();
  }

  private static String subscribeQueue(String topic, String queue) {
    return sns.subscribe(
            b -> b.topicArn(topic).protocol("sqs").endpoint(SnsClients.QUEUE_PREFIX + queue))
        .subscriptionArn();
  }

  private static void fails(Runnable call, String code, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            });
  }

  @Test
  void creatingATopicAgainWithTheSameAttributesAnswersTheSameArn() {
    var attributes = Map.of("DisplayName", "Orders");
    var first = sns.createTopic(b -> b.name("again").attributes(attributes)).topicArn();
    var second = sns.createTopic(b -> b.name("again").attributes(attributes)).topicArn();
    assertThat(second).isEqualTo(first).isEqualTo(SnsClients.ARN_PREFIX + "again");
    fails(
        () -> sns.createTopic(b -> b.name("again").attributes(Map.of("DisplayName", "Other"))),
        "InvalidParameter",
        "Invalid parameter: Attributes Reason: Topic already exists with different attributes");
    assertThat(sns.getTopicAttributes(b -> b.topicArn(first)).attributes())
        .containsEntry("DisplayName", "Orders");
  }

  @Test
  void listTopicsPagesOneHundredAtATime() {
    var created = new ArrayList<String>();
    IntStream.range(0, 105).forEach(i -> created.add(topic("paged-" + i)));
    var pages = new ArrayList<ListTopicsResponse>();
    String token = null;
    do {
      var asked = token;
      var page = sns.listTopics(b -> b.nextToken(asked));
      pages.add(page);
      token = page.nextToken();
    } while (token != null);
    assertThat(pages.getFirst().topics()).hasSize(100);
    assertThat(pages.getFirst().nextToken()).isNotBlank();
    List<String> listed =
        pages.stream().flatMap(p -> p.topics().stream()).map(Topic::topicArn).toList();
    assertThat(listed).doesNotHaveDuplicates().containsAll(created);
  }

  @Test
  void listSubscriptionsPagesOneHundredAtATime() {
    var topic = topic("many-subscribers");
    var created = new ArrayList<String>();
    IntStream.range(0, 103).forEach(i -> created.add(subscribeQueue(topic, "q-" + i)));

    var byTopic = new ArrayList<ListSubscriptionsByTopicResponse>();
    String token = null;
    do {
      var asked = token;
      var page = sns.listSubscriptionsByTopic(b -> b.topicArn(topic).nextToken(asked));
      byTopic.add(page);
      token = page.nextToken();
    } while (token != null);
    assertThat(byTopic).hasSize(2);
    assertThat(byTopic.getFirst().subscriptions()).hasSize(100);
    assertThat(
            byTopic.stream()
                .flatMap(p -> p.subscriptions().stream())
                .map(Subscription::subscriptionArn))
        .containsExactlyInAnyOrderElementsOf(created);

    var all = new ArrayList<ListSubscriptionsResponse>();
    token = null;
    do {
      var asked = token;
      var page = sns.listSubscriptions(b -> b.nextToken(asked));
      all.add(page);
      token = page.nextToken();
    } while (token != null);
    assertThat(all.getFirst().subscriptions()).hasSize(100);
    assertThat(
            all.stream()
                .flatMap(p -> p.subscriptions().stream())
                .map(Subscription::subscriptionArn))
        .doesNotHaveDuplicates()
        .containsAll(created);
  }

  @Test
  void topicAttributesAreReadAndWritten() throws Exception {
    var topic = topic("attributes");
    var attributes = sns.getTopicAttributes(b -> b.topicArn(topic)).attributes();
    assertThat(attributes)
        .containsEntry("TopicArn", topic)
        .containsEntry("Owner", "000000000000")
        .containsEntry("SubscriptionsConfirmed", "0")
        .containsEntry("SubscriptionsPending", "0");
    assertThat(JSON.readTree(attributes.get("Policy")).path("Statement").isArray()).isTrue();
    assertThat(JSON.readTree(attributes.get("EffectiveDeliveryPolicy")).has("http")).isTrue();

    sns.setTopicAttributes(
        b -> b.topicArn(topic).attributeName("DisplayName").attributeValue("Shown"));
    var policy =
        "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":30,"
            + "\"numRetries\":7,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
            + "\"numMinDelayRetries\":0,\"backoffFunction\":\"exponential\"},"
            + "\"disableSubscriptionOverrides\":false}}";
    sns.setTopicAttributes(
        b -> b.topicArn(topic).attributeName("DeliveryPolicy").attributeValue(policy));
    subscribeQueue(topic, "attributes-queue");
    sns.subscribe(
        b -> b.topicArn(topic).protocol("http").endpoint("http://127.0.0.1:9/not-listening"));

    var after = sns.getTopicAttributes(b -> b.topicArn(topic)).attributes();
    assertThat(after)
        .containsEntry("DisplayName", "Shown")
        .containsEntry("SubscriptionsConfirmed", "1")
        .containsEntry("SubscriptionsPending", "1");
    assertThat(JSON.readTree(after.get("DeliveryPolicy"))).isEqualTo(JSON.readTree(policy));
    var effective = JSON.readTree(after.get("EffectiveDeliveryPolicy")).path("http");
    assertThat(effective.path("defaultHealthyRetryPolicy").path("numRetries").asInt()).isEqualTo(7);
    assertThat(effective.path("defaultHealthyRetryPolicy").path("backoffFunction").asText())
        .isEqualTo("exponential");
  }

  @Test
  void tagsAreAddedRemovedListedAndLimitedToFifty() {
    var topic = topic("tagged");
    sns.tagResource(
        b -> b.resourceArn(topic).tags(Tag.builder().key("team").value("blue").build()));
    sns.tagResource(
        b -> b.resourceArn(topic).tags(Tag.builder().key("stage").value("dev").build()));
    sns.untagResource(b -> b.resourceArn(topic).tagKeys("stage"));
    assertThat(sns.listTagsForResource(b -> b.resourceArn(topic)).tags())
        .containsExactly(Tag.builder().key("team").value("blue").build());

    var fortyNine =
        IntStream.range(0, 49)
            .mapToObj(i -> Tag.builder().key("k" + i).value("v").build())
            .toList();
    sns.tagResource(b -> b.resourceArn(topic).tags(fortyNine));
    assertThat(sns.listTagsForResource(b -> b.resourceArn(topic)).tags()).hasSize(50);
    fails(
        () ->
            sns.tagResource(
                b -> b.resourceArn(topic).tags(Tag.builder().key("one-more").value("v").build())),
        "TagLimitExceeded",
        "Could not complete request: tag quota of per resource exceeded");
    assertThat(sns.listTagsForResource(b -> b.resourceArn(topic)).tags()).hasSize(50);
  }

  @Test
  void deletingATopicRemovesItsSubscriptions() {
    var topic = topic("doomed");
    var subscription = subscribeQueue(topic, "doomed-queue");
    sns.deleteTopic(b -> b.topicArn(topic));
    assertThat(sns.listTopicsPaginator().topics().stream().map(Topic::topicArn))
        .doesNotContain(topic);
    assertThat(
            sns.listSubscriptionsPaginator().subscriptions().stream()
                .map(Subscription::subscriptionArn))
        .doesNotContain(subscription);
    assertThatThrownBy(() -> sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscription)))
        .isInstanceOfSatisfying(
            SnsException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NotFound"));
  }

  private static List<PublishBatchRequestEntry> entries(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> PublishBatchRequestEntry.builder().id("e" + i).message("m" + i).build())
        .toList();
  }

  @Test
  void publishBatchAnswersEachEntry() {
    var topic = topic("batched");
    var ten = sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(entries(10)));
    assertThat(ten.successful()).hasSize(10);
    assertThat(ten.failed()).isEmpty();
    assertThat(ten.successful().stream().map(s -> s.id()))
        .containsExactlyInAnyOrder("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9");
    assertThat(ten.successful()).allSatisfy(s -> assertThat(s.messageId()).isNotBlank());

    fails(
        () -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(entries(11))),
        "TooManyEntriesInBatchRequest",
        "The batch request contains more entries than permissible.");
    var twins =
        List.of(
            PublishBatchRequestEntry.builder().id("same").message("a").build(),
            PublishBatchRequestEntry.builder().id("same").message("b").build());
    fails(
        () -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(twins)),
        "BatchEntryIdsNotDistinct",
        "Two or more batch entries in the request have the same Id.");

    var mixed =
        List.of(
            PublishBatchRequestEntry.builder().id("good-1").message("a").build(),
            PublishBatchRequestEntry.builder()
                .id("bad")
                .message("b")
                .subject("s".repeat(101))
                .build(),
            PublishBatchRequestEntry.builder().id("good-2").message("c").build());
    var answer = sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(mixed));
    assertThat(answer.successful().stream().map(s -> s.id()))
        .containsExactlyInAnyOrder("good-1", "good-2");
    assertThat(answer.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("bad");
              assertThat(f.code()).isEqualTo("InvalidParameter");
              assertThat(f.senderFault()).isTrue();
            });
  }
}
