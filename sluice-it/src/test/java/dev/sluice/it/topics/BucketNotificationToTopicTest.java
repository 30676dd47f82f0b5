package dev.sluice.it.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.TopicConfiguration;

/** S3 bucket notifications to a topic reach the topic's HTTP subscribers as SNS messages. */
@ExtendWith(SluiceExtension.class)
class BucketNotificationToTopicTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TopicConfiguration toTopic(String topicArn) {
    return TopicConfiguration.builder()
        .id("uploads")
        .topicArn(topicArn)
        .events(Event.S3_OBJECT_CREATED)
        .build();
  }

  @Test
  void aTopicSubscriberReceivesTheTestEventThenTheObjectCreatedEvent(URI endpoint)
      throws Exception {
    var sns = SnsClients.sns(endpoint);
    var s3 = S3Clients.s3(endpoint);
    var topicArn = sns.createTopic(b -> b.name("uploads")).topicArn();
    try (var subscriber = Subscriber.start()) {
      sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(subscriber.url()));
      await().atMost(WAIT).until(() -> !subscriber.confirmations().isEmpty());
      s3.createBucket(b -> b.bucket("photos"));

      s3.putBucketNotificationConfiguration(
          b ->
              b.bucket("photos")
                  .notificationConfiguration(n -> n.topicConfigurations(toTopic(topicArn))));

      await().atMost(WAIT).until(() -> !subscriber.notifications().isEmpty());
      var test = subscriber.notifications().getFirst().json();
      assertThat(test.path("Subject").asText()).isEqualTo("Amazon S3 Notification");
      var testEvent = JSON.readTree(test.path("Message").asText());
      assertThat(testEvent.path("Event").asText()).isEqualTo("s3:TestEvent");
      assertThat(testEvent.path("Bucket").asText()).isEqualTo("photos");
      assertThat(testEvent.path("Service").asText()).isEqualTo("Amazon S3");

      s3.putObject(b -> b.bucket("photos").key("cat.jpg"), RequestBody.fromString("meow"));

      await().atMost(WAIT).until(() -> subscriber.notifications().size() == 2);
      var created = subscriber.notifications().get(1).json();
      assertThat(created.path("Subject").asText()).isEqualTo("Amazon S3 Notification");
      assertThat(created.path("TopicArn").asText()).isEqualTo(topicArn);
      assertThat(SnsSignatures.valid(created)).isTrue();
      var record = JSON.readTree(created.path("Message").asText()).path("Records").path(0);
      assertThat(record.path("eventSource").asText()).isEqualTo("aws:s3");
      assertThat(record.path("eventName").asText()).isEqualTo("ObjectCreated:Put");
      assertThat(record.path("s3").path("configurationId").asText()).isEqualTo("uploads");
      assertThat(record.path("s3").path("bucket").path("name").asText()).isEqualTo("photos");
      assertThat(record.path("s3").path("object").path("key").asText()).isEqualTo("cat.jpg");
      assertThat(record.path("s3").path("object").path("size").asInt()).isEqualTo(4);
    }
  }

  @Test
  void aTopicThatDoesNotExistIsRefused(URI endpoint) {
    var s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("nowhere"));

    assertThatThrownBy(
            () ->
                s3.putBucketNotificationConfiguration(
                    b ->
                        b.bucket("nowhere")
                            .notificationConfiguration(
                                n ->
                                    n.topicConfigurations(
                                        toTopic(SnsClients.ARN_PREFIX + "gone")))))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo("Unable to validate the following destination configurations");
            });
  }
}
