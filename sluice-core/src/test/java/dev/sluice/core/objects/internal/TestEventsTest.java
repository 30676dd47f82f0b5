package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestEventsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOPIC = "arn:aws:sns:us-east-1:111122223333:uploads";
  private static final String QUEUE = "arn:aws:sqs:us-east-1:111122223333:uploads";
  private static final String FUNCTION = "arn:aws:lambda:us-east-1:111122223333:function:thumbs";

  @TempDir Path dir;
  ObjectStoreFixture store;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir, (kind, arn) -> Optional.of(true));
    store.bucket("photos");
  }

  private static NotificationRule rule(
      String id, NotificationTarget target, String arn, String event) {
    return new NotificationRule(id, target, arn, List.of(event), null, null);
  }

  private void put(NotificationRule... rules) {
    assertThat(
            store
                .service
                .putNotificationConfiguration(
                    "photos", new NotificationConfiguration(List.of(rules), false))
                .isOk())
        .isTrue();
  }

  @Test
  void eachTopicAndQueueGetsOneTestEventAndAFunctionNone() {
    put(
        rule("a", NotificationTarget.TOPIC, TOPIC, "s3:ObjectCreated:*"),
        rule("b", NotificationTarget.QUEUE, QUEUE, "s3:ObjectRemoved:*"),
        rule("c", NotificationTarget.LAMBDA, FUNCTION, "s3:ObjectRestore:*"),
        rule("d", NotificationTarget.TOPIC, TOPIC, "s3:ObjectTagging:*"));

    assertThat(store.catalog.events())
        .extracting(NewEvent::service, NewEvent::target, NewEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sns", TOPIC, "s3:TestEvent"),
            org.assertj.core.groups.Tuple.tuple("sqs", QUEUE, "s3:TestEvent"));
    assertThat(store.signals.get()).isEqualTo(1);
  }

  @Test
  void theTestEventIsS3sJsonInS3sOrder() throws Exception {
    put(rule("a", NotificationTarget.TOPIC, TOPIC, "s3:ObjectCreated:*"));

    var payload = JSON.readTree(store.catalog.events().getFirst().payload());

    List<String> names = new ArrayList<>();
    payload.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("Service", "Event", "Time", "Bucket", "RequestId", "HostId");
    assertThat(payload.path("Service").asText()).isEqualTo("Amazon S3");
    assertThat(payload.path("Event").asText()).isEqualTo("s3:TestEvent");
    assertThat(payload.path("Time").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    assertThat(payload.path("Bucket").asText()).isEqualTo("photos");
    assertThat(payload.path("RequestId").asText()).matches("[0-9A-F]{16}");
    assertThat(payload.path("HostId").asText()).matches("[A-Za-z0-9+/=]+");
  }

  @Test
  void everyPutSendsTheTestEventsAgain() {
    put(rule("a", NotificationTarget.TOPIC, TOPIC, "s3:ObjectCreated:*"));
    put(rule("a", NotificationTarget.TOPIC, TOPIC, "s3:ObjectCreated:*"));

    assertThat(store.catalog.events()).hasSize(2);
  }

  @Test
  void aConfigurationThatFailsValidationSendsNothing() {
    store =
        new ObjectStoreFixture(
            dir.resolve("other"), (kind, arn) -> Optional.of(!arn.equals(TOPIC)));
    store.bucket("photos");

    var put =
        store.service.putNotificationConfiguration(
            "photos",
            new NotificationConfiguration(
                List.of(
                    rule("a", NotificationTarget.QUEUE, QUEUE, "s3:ObjectCreated:*"),
                    rule("b", NotificationTarget.TOPIC, TOPIC, "s3:ObjectRemoved:*")),
                false));

    assertThat(put.failure().code()).isEqualTo("InvalidArgument");
    assertThat(store.catalog.events()).isEmpty();
  }

  @Test
  void anEmptyConfigurationSendsNothing() {
    put();

    assertThat(store.catalog.events()).isEmpty();
    assertThat(store.signals.get()).isZero();
  }
}
