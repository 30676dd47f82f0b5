package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * An http subscriber that answers 500: the notification is retried by the subscription's delivery
 * policy, then sent to the dead-letter queue of its redrive policy, or else ends FAILED in the
 * outbox; one that fails once and then answers 200 gets the message exactly once.
 */
class UnreachableEndpointTest {
  private static final String DLQ = "arn:aws:sqs:us-east-1:000000000000:dlq";
  private static final String TWO_QUICK_RETRIES =
      """
      {"healthyRetryPolicy":{"minDelayTarget":1,"maxDelayTarget":1,"numRetries":2,
       "numNoDelayRetries":0,"numMinDelayRetries":0,"numMaxDelayRetries":0,
       "backoffFunction":"linear"}}""";

  @RegisterExtension static final SluiceExtension SLUICE = new SluiceExtension();
  static SnsClient sns;

  @BeforeAll
  static void client() {
    sns = SnsClients.sns(SLUICE.endpoint());
  }

  @Test
  void aFailingNotificationIsRetriedByTheDeliveryPolicyThenDeadLettered() throws Exception {
    try (var hook = Webhook.start(0)) {
      var topic = sns.createTopic(b -> b.name("to-dlq")).topicArn();
      subscribe(
          topic,
          hook,
          Map.of(
              "DeliveryPolicy",
              TWO_QUICK_RETRIES,
              "RedrivePolicy",
              "{\"deadLetterTargetArn\":\"" + DLQ + "\"}"));
      hook.answer(500);
      var id = sns.publish(b -> b.topicArn(topic).message("lost?")).messageId();

      var dead = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(id), e -> e != null);
      assertThat(hook.notifications()).hasSize(3).allMatch(p -> p.messageId().equals(id));
      assertThat(dead.path("service").asText()).isEqualTo("sqs");
      var envelope = AdminEvents.payload(dead);
      assertThat(envelope.path("Message").asText()).isEqualTo("lost?");
      assertThat(envelope.path("TopicArn").asText()).isEqualTo(topic);
      assertThat(deliveryEvents(id, "FAILED")).hasSize(1);
    }
  }

  @Test
  void withoutARedrivePolicyTheDeliveryEndsFailedAfterItsRetries() throws Exception {
    try (var hook = Webhook.start(0)) {
      var topic = sns.createTopic(b -> b.name("no-dlq")).topicArn();
      subscribe(topic, hook, Map.of("DeliveryPolicy", TWO_QUICK_RETRIES));
      hook.answer(500);
      var id = sns.publish(b -> b.topicArn(topic).message("gone")).messageId();

      var failed =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> deliveryEvents(id, "FAILED"), l -> !l.isEmpty());
      assertThat(failed.get(0).path("attempts").asInt()).isEqualTo(3);
      assertThat(failed.get(0).path("lastError").asText()).contains("500");
      assertThat(hook.notifications()).hasSize(3);
      assertThat(AdminEvents.list(SLUICE.endpoint(), "PENDING"))
          .noneMatch(e -> e.path("target").asText().equals(DLQ) && payloadHas(e, id));
    }
  }

  @Test
  void aClosedEndpointIsRetriedByTheDeliveryPolicyThenTheDeliveryEndsFailed() throws Exception {
    var topic = sns.createTopic(b -> b.name("closed")).topicArn();
    try (var hook = Webhook.start(0)) {
      subscribe(topic, hook, Map.of("DeliveryPolicy", TWO_QUICK_RETRIES));
    }
    var id = sns.publish(b -> b.topicArn(topic).message("nobody home")).messageId();

    var failed =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> deliveryEvents(id, "FAILED"), l -> !l.isEmpty());
    assertThat(failed.get(0).path("attempts").asInt()).isEqualTo(3);
  }

  @Test
  void anEndpointThatFailsOnceGetsTheMessageExactlyOnce() throws Exception {
    try (var hook = Webhook.start(0)) {
      var topic = sns.createTopic(b -> b.name("flaky")).topicArn();
      subscribe(topic, hook, Map.of());
      hook.failNext(1);
      var id = sns.publish(b -> b.topicArn(topic).message("again")).messageId();
      await().atMost(Duration.ofSeconds(30)).until(() -> hook.notifications().size() == 1);

      advanceClock("1m");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> deliveryEvents(id, "DELIVERED"), l -> !l.isEmpty());
      var posts = hook.notifications();
      assertThat(posts).extracting(Webhook.Post::status).containsExactly(500, 200);
      assertThat(posts).allMatch(p -> p.messageId().equals(id));
      assertThat(posts.get(1).envelope().path("Message").asText()).isEqualTo("again");
    }
  }

  private static void subscribe(String topic, Webhook hook, Map<String, String> attributes) {
    var all = new HashMap<>(attributes);
    sns.subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hook.url()).attributes(all));
    var token =
        await().atMost(Duration.ofSeconds(30)).until(hook::confirmationToken, t -> t != null);
    sns.confirmSubscription(b -> b.topicArn(topic).token(token));
  }

  private static JsonNode deadLetter(String messageId) throws Exception {
    return AdminEvents.list(SLUICE.endpoint(), "PENDING").stream()
        .filter(e -> e.path("target").asText().equals(DLQ))
        .filter(e -> payloadHas(e, messageId))
        .findFirst()
        .orElse(null);
  }

  private static List<JsonNode> deliveryEvents(String messageId, String status) throws Exception {
    return AdminEvents.list(SLUICE.endpoint(), status).stream()
        .filter(e -> e.path("service").asText().equals("sns"))
        .filter(e -> e.path("type").asText().equals("Deliver"))
        .filter(e -> payloadHas(e, messageId))
        .toList();
  }

  private static boolean payloadHas(JsonNode event, String messageId) {
    return event.path("payload").toString().contains(messageId);
  }

  private static void advanceClock(String by) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(SLUICE.endpoint() + "/_sluice/time/advance?by=" + by))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
