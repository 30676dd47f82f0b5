package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.it.support.AdminEvents;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.SnsClients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.LambdaFunctionConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.TopicConfiguration;

@ExtendWith(SluiceExtension.class)
class BucketNotificationTest {
  static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:LambdaDP";
  static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:removals";
  static S3Client s3;
  static URI endpoint;

  @BeforeAll
  static void bucket(URI uri) {
    endpoint = uri;
    s3 = S3Clients.s3(uri);
    LambdaClients.create(LambdaClients.lambda(uri), "LambdaDP", LambdaClients.nodeZip("1"));
    // S3 validates that a topic destination exists.
    SnsClients.sns(uri).createTopic(b -> b.name("removals"));
    s3.createBucket(b -> b.bucket("notified"));
    s3.putBucketNotificationConfiguration(
        b ->
            b.bucket("notified")
                .notificationConfiguration(
                    n ->
                        n.lambdaFunctionConfigurations(
                                LambdaFunctionConfiguration.builder()
                                    .id("csv-uploads")
                                    .lambdaFunctionArn(FUNCTION)
                                    .events(Event.S3_OBJECT_CREATED_PUT)
                                    .filter(
                                        f ->
                                            f.key(
                                                k ->
                                                    k.filterRules(
                                                        FilterRule.builder()
                                                            .name(FilterRuleName.PREFIX)
                                                            .value("in/")
                                                            .build(),
                                                        FilterRule.builder()
                                                            .name(FilterRuleName.SUFFIX)
                                                            .value(".csv")
                                                            .build())))
                                    .build())
                            .topicConfigurations(
                                TopicConfiguration.builder()
                                    .id("removals")
                                    .topicArn(TOPIC)
                                    .eventsWithStrings("s3:ObjectRemoved:*")
                                    .build())));
  }

  @Test
  void theConfigurationReadsBackAsWritten() {
    var config = s3.getBucketNotificationConfiguration(b -> b.bucket("notified"));
    assertThat(config.lambdaFunctionConfigurations()).hasSize(1);
    var lambda = config.lambdaFunctionConfigurations().get(0);
    assertThat(lambda.id()).isEqualTo("csv-uploads");
    assertThat(lambda.lambdaFunctionArn()).isEqualTo(FUNCTION);
    assertThat(lambda.events()).containsExactly(Event.S3_OBJECT_CREATED_PUT);
    assertThat(lambda.filter().key().filterRules()).hasSize(2);
    assertThat(config.topicConfigurations().get(0).topicArn()).isEqualTo(TOPIC);
  }

  @Test
  void aMatchingPutCommitsS3sEventJsonIntoTheOutbox() throws Exception {
    var etag =
        s3.putObject(
                b -> b.bucket("notified").key("in/day one.csv"), RequestBody.fromString("a,b\n"))
            .eTag();
    s3.putObject(b -> b.bucket("notified").key("in/ignored.txt"), RequestBody.fromString("x"));

    var record = recordFor("in/day+one.csv", "ObjectCreated:Put");
    assertThat(record.path("eventVersion").asText()).isEqualTo("2.1");
    assertThat(record.path("eventSource").asText()).isEqualTo("aws:s3");
    assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
    assertThat(record.path("eventTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
    var s3Part = record.path("s3");
    assertThat(s3Part.path("s3SchemaVersion").asText()).isEqualTo("1.0");
    assertThat(s3Part.path("configurationId").asText()).isEqualTo("csv-uploads");
    assertThat(s3Part.path("bucket").path("name").asText()).isEqualTo("notified");
    assertThat(s3Part.path("bucket").path("arn").asText()).isEqualTo("arn:aws:s3:::notified");
    assertThat(s3Part.path("object").path("size").asLong()).isEqualTo(4);
    assertThat(s3Part.path("object").path("eTag").asText()).isEqualTo(etag.replace("\"", ""));
    assertThat(s3Part.path("object").path("sequencer").asText()).matches("[0-9A-F]+");
    assertThat(record.path("responseElements").has("x-amz-request-id")).isTrue();
    assertThat(record.path("requestParameters").path("sourceIPAddress").asText())
        .isEqualTo("127.0.0.1");
    assertThat(events()).noneMatch(e -> payloadKey(e).equals("in/ignored.txt"));
  }

  @Test
  void aDeleteCommitsARemovalEventForTheTopic() throws Exception {
    s3.putObject(b -> b.bucket("notified").key("doomed"), RequestBody.fromString("x"));
    s3.deleteObject(b -> b.bucket("notified").key("doomed"));
    var record = recordFor("doomed", "ObjectRemoved:Delete");
    assertThat(record.path("s3").path("object").has("size")).isFalse();
    var event = events().stream().filter(e -> payloadKey(e).equals("doomed")).findFirst().get();
    assertThat(event.path("service").asText()).isEqualTo("sns");
    assertThat(event.path("target").asText()).isEqualTo(TOPIC);
  }

  @Test
  void theConfigurationSentTheTopicOneS3TestEventAndTheFunctionNone() throws Exception {
    var tests =
        events().stream().filter(e -> e.path("type").asText().equals("s3:TestEvent")).toList();

    assertThat(tests).hasSize(1);
    assertThat(tests.get(0).path("service").asText()).isEqualTo("sns");
    assertThat(tests.get(0).path("target").asText()).isEqualTo(TOPIC);
    var payload = AdminEvents.payload(tests.get(0));
    assertThat(payload.path("Service").asText()).isEqualTo("Amazon S3");
    assertThat(payload.path("Event").asText()).isEqualTo("s3:TestEvent");
    assertThat(payload.path("Bucket").asText()).isEqualTo("notified");
    assertThat(payload.path("Time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
    assertThat(payload.path("RequestId").asText()).matches("[0-9A-F]{16}");
    assertThat(payload.path("HostId").asText()).isNotEmpty();
  }

  @Test
  void anUnknownEventNameIsInvalidArgument() {
    assertThatThrownBy(
            () ->
                s3.putBucketNotificationConfiguration(
                    b ->
                        b.bucket("notified")
                            .notificationConfiguration(
                                n ->
                                    n.lambdaFunctionConfigurations(
                                        l ->
                                            l.lambdaFunctionArn(FUNCTION)
                                                .eventsWithStrings("s3:ObjectCreated:Teleport")))))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument"));
  }

  @Test
  void overlappingFiltersForTheSameEventAreRejected() {
    assertThatThrownBy(
            () ->
                s3.putBucketNotificationConfiguration(
                    b ->
                        b.bucket("notified")
                            .notificationConfiguration(
                                n ->
                                    n.lambdaFunctionConfigurations(
                                        l ->
                                            l.lambdaFunctionArn(FUNCTION)
                                                .eventsWithStrings("s3:ObjectCreated:*"),
                                        l ->
                                            l.lambdaFunctionArn(FUNCTION)
                                                .eventsWithStrings("s3:ObjectCreated:Put")))))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument"));
  }

  private static JsonNode recordFor(String encodedKey, String eventName) throws Exception {
    var deadline = System.currentTimeMillis() + 5000;
    while (System.currentTimeMillis() < deadline) {
      for (var event : events()) {
        var record = AdminEvents.payload(event).path("Records").path(0);
        if (record.path("s3").path("object").path("key").asText().equals(encodedKey)
            && record.path("eventName").asText().equals(eventName)) {
          return record;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + eventName + " event for " + encodedKey);
  }

  /** Every event, delivered or not: the functions service consumes the ones for LambdaDP. */
  private static List<JsonNode> events() throws Exception {
    var all = new java.util.ArrayList<JsonNode>();
    for (var status : List.of("PENDING", "DELIVERED", "FAILED")) {
      all.addAll(AdminEvents.list(endpoint, status));
    }
    return all;
  }

  private static String payloadKey(JsonNode event) {
    try {
      return AdminEvents.payload(event)
          .path("Records")
          .path(0)
          .path("s3")
          .path("object")
          .path("key")
          .asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
