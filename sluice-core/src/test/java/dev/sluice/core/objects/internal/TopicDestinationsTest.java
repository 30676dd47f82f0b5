package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.NotificationTargets;
import dev.sluice.core.result.Failure;
import dev.sluice.core.topics.StandInTopics;
import dev.sluice.core.topics.TopicTargets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicDestinationsTest {
  private static final String TOPIC = "arn:aws:sns:us-east-1:111122223333:uploads";
  private static final String MISSING = "arn:aws:sns:us-east-1:111122223333:missing";

  @TempDir Path dir;
  final StandInTopics topics = new StandInTopics();
  ObjectStoreFixture store;

  @BeforeEach
  void setUp() {
    topics.topics.add(TOPIC);
    store = new ObjectStoreFixture(dir, new TopicTargets(() -> topics));
    store.bucket("photos");
  }

  private static NotificationRule topic(String id, String arn) {
    return new NotificationRule(
        id, NotificationTarget.TOPIC, arn, List.of("s3:ObjectCreated:*"), id + "/", null);
  }

  @Test
  void aTopicThatExistsIsAccepted() {
    var put =
        store.service.putNotificationConfiguration(
            "photos", new NotificationConfiguration(List.of(topic("a", TOPIC)), false));

    assertThat(put.isOk()).isTrue();
  }

  @Test
  void aTopicThatDoesNotExistCannotBeValidated() {
    var put =
        store.service.putNotificationConfiguration(
            "photos",
            new NotificationConfiguration(List.of(topic("a", TOPIC), topic("b", MISSING)), false));

    assertThat(put.failure())
        .isEqualTo(
            new Failure(
                "InvalidArgument",
                400,
                "Unable to validate the following destination configurations",
                Map.of(
                    "ArgumentName1",
                    MISSING,
                    "ArgumentValue1",
                    "Permissions on the destination topic do not allow S3 to publish"
                        + " notifications from this bucket")));
    assertThat(store.service.getNotificationConfiguration("photos").value().rules()).isEmpty();
  }

  @Test
  void anArnThatIsNoTopicArnIsNoTopic() {
    var targets = new TopicTargets(() -> topics);

    assertThat(targets.exists(NotificationTarget.TOPIC, TOPIC + ":3f1c")).contains(false);
    assertThat(targets.exists(NotificationTarget.TOPIC, "uploads")).contains(false);
  }

  @Test
  void topicsKnowOnlyTopicsAndTheFirstServiceThatKnowsAKindAnswers() {
    NotificationTargets functions =
        (kind, arn) -> kind == NotificationTarget.LAMBDA ? Optional.of(true) : Optional.empty();
    var both = NotificationTargets.of(functions, new TopicTargets(() -> topics));

    assertThat(new TopicTargets(() -> topics).exists(NotificationTarget.LAMBDA, TOPIC)).isEmpty();
    assertThat(both.exists(NotificationTarget.LAMBDA, "f")).contains(true);
    assertThat(both.exists(NotificationTarget.TOPIC, TOPIC)).contains(true);
    assertThat(both.exists(NotificationTarget.TOPIC, MISSING)).contains(false);
    assertThat(both.exists(NotificationTarget.QUEUE, "q")).isEmpty();
  }
}
