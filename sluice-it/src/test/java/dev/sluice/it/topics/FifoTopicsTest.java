package dev.sluice.it.topics;

import static dev.sluice.it.topics.SnsRefusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

/** FIFO topics: message groups, deduplication within five minutes, sequence numbers. */
@ExtendWith(SluiceExtension.class)
class FifoTopicsTest {
  static URI endpoint;
  static SnsClient sns;

  @BeforeAll
  static void client(URI uri) {
    endpoint = uri;
    sns = SnsClients.sns(uri);
  }

  private static String fifoTopic(String name, boolean contentBased) {
    return sns.createTopic(
            b ->
                b.name(name)
                    .attributes(
                        Map.of(
                            "FifoTopic",
                            "true",
                            "ContentBasedDeduplication",
                            Boolean.toString(contentBased))))
        .topicArn();
  }

  private static String subscribeQueue(String topic, String queue) {
    return sns.subscribe(
            b -> b.topicArn(topic).protocol("sqs").endpoint(SnsClients.QUEUE_PREFIX + queue))
        .subscriptionArn();
  }

  private static PublishResponse publish(String topic, String body, String dedup) {
    return sns.publish(
        PublishRequest.builder()
            .topicArn(topic)
            .message(body)
            .messageGroupId("g1")
            .messageDeduplicationId(dedup)
            .build());
  }

  /** The sqs events the delivery forwarded to the queue, once there are at least {@code count}. */
  private static List<JsonNode> queueEvents(String queue, int count) throws Exception {
    var deadline = Instant.now().plusSeconds(20);
    while (true) {
      var events = new ArrayList<JsonNode>();
      for (var status : List.of("PENDING", "DELIVERED", "FAILED")) {
        AdminEvents.list(endpoint, status).stream()
            .filter(e -> e.path("service").asText().equals("sqs"))
            .filter(e -> e.path("target").asText().equals(SnsClients.QUEUE_PREFIX + queue))
            .forEach(events::add);
      }
      if (events.size() >= count || Instant.now().isAfter(deadline)) {
        return events;
      }
      Thread.sleep(100);
    }
  }

  private static void advanceClock(String by) throws IOException, InterruptedException {
    try (var http = HttpClient.newHttpClient()) {
      var response =
          http.send(
              HttpRequest.newBuilder(endpoint.resolve("/_sluice/time/advance?by=" + by))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }

  @Test
  void aFifoTopicIsCreatedWithItsAttributes() {
    var topic = fifoTopic("created.fifo", true);
    assertThat(topic).isEqualTo(SnsClients.ARN_PREFIX + "created.fifo");
    var attributes = sns.getTopicAttributes(b -> b.topicArn(topic)).attributes();
    assertThat(attributes)
        .containsEntry("FifoTopic", "true")
        .containsEntry("ContentBasedDeduplication", "true");
  }

  @Test
  void publishingWithoutAMessageGroupIdIsRefused() {
    var topic = fifoTopic("no-group.fifo", true);
    invalid(
        () -> sns.publish(b -> b.topicArn(topic).message("m")),
        "The MessageGroupId parameter is required for FIFO topics");
  }

  @Test
  void theSameDeduplicationIdWithinFiveMinutesIsOneMessageDeliveredOnce() throws Exception {
    var topic = fifoTopic("dedup.fifo", false);
    subscribeQueue(topic, "dedup-queue.fifo");

    var first = publish(topic, "first", "d-1");
    var again = publish(topic, "first again", "d-1");
    var other = publish(topic, "other", "d-2");

    assertThat(first.messageId()).isNotBlank();
    assertThat(first.sequenceNumber()).isNotBlank();
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(other.messageId()).isNotEqualTo(first.messageId());
    var events = queueEvents("dedup-queue.fifo", 2);
    Thread.sleep(500);
    events = queueEvents("dedup-queue.fifo", 2);
    assertThat(events).hasSize(2);
    assertThat(events.stream().map(e -> e.path("payload").toString()).toList())
        .anySatisfy(p -> assertThat(p).contains(first.messageId()))
        .anySatisfy(p -> assertThat(p).contains(other.messageId()))
        .noneSatisfy(p -> assertThat(p).contains("first again"));
  }

  @Test
  void theSameDeduplicationIdAfterFiveMinutesIsANewMessage() throws Exception {
    var topic = fifoTopic("later.fifo", false);
    var first = publish(topic, "m", "d-later");
    advanceClock("6m");
    var later = publish(topic, "m", "d-later");
    assertThat(later.messageId()).isNotEqualTo(first.messageId());
  }

  @Test
  void contentBasedDeduplicationTreatsTheSameBodyAsTheSameMessage() {
    var topic = fifoTopic("content.fifo", true);
    var request =
        PublishRequest.builder().topicArn(topic).message("same body").messageGroupId("g").build();
    var first = sns.publish(request);
    var again = sns.publish(request);
    assertThat(again.messageId()).isEqualTo(first.messageId());
  }

  @Test
  void sequenceNumbersIncrease() {
    var topic = fifoTopic("sequence.fifo", false);
    var numbers = new ArrayList<BigInteger>();
    for (int i = 0; i < 5; i++) {
      numbers.add(new BigInteger(publish(topic, "m" + i, "s-" + i).sequenceNumber()));
    }
    assertThat(numbers).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void onlyQueuesMaySubscribeToAFifoTopic() {
    var topic = fifoTopic("queues-only.fifo", false);
    invalid(
        () ->
            sns.subscribe(
                b -> b.topicArn(topic).protocol("http").endpoint("http://example.com/hook")),
        "Invalid protocol type: http");
    assertThat(sns.listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions()).isEmpty();
    assertThat(subscribeQueue(topic, "queues-only.fifo")).startsWith(topic + ":");
  }
}
