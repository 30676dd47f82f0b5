package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationFilterNames;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationConfigurationTest {

  private static final String FUNCTION = "arn:aws:lambda:us-east-1:111122223333:function:thumbs";
  private static final String QUEUE = "arn:aws:sqs:us-east-1:111122223333:uploads";

  @TempDir Path dir;
  ObjectStoreFixture store;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir);
    store.bucket("photos");
  }

  private static NotificationRule lambda(
      String id, List<String> events, String prefix, String suffix) {
    return new NotificationRule(id, NotificationTarget.LAMBDA, FUNCTION, events, prefix, suffix);
  }

  private static NotificationRule queue(
      String id, List<String> events, String prefix, String suffix) {
    return new NotificationRule(id, NotificationTarget.QUEUE, QUEUE, events, prefix, suffix);
  }

  private Result<Void> put(NotificationRule... rules) {
    return store.service.putNotificationConfiguration(
        "photos", new NotificationConfiguration(List.of(rules), false));
  }

  private static void assertAmbiguous(Result<Void> put) {
    assertThat(put.failure().code()).isEqualTo("InvalidArgument");
    assertThat(put.failure().status()).isEqualTo(400);
    assertThat(put.failure().message())
        .isEqualTo(
            "Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if"
                + " the prefixes are overlapping for the same event type.");
  }

  @Test
  void aBucketWithoutAConfigurationHasAnEmptyOne() {
    assertThat(store.service.getNotificationConfiguration("photos").value())
        .isEqualTo(NotificationConfiguration.empty());
  }

  @Test
  void storesTheConfigurationAndReturnsItAsGiven() {
    var rules =
        List.of(
            lambda("thumbs", List.of("s3:ObjectCreated:*"), "img/", ".jpg"),
            queue("removals", List.of("s3:ObjectRemoved:Delete"), null, null));

    var put =
        store.service.putNotificationConfiguration(
            "photos", new NotificationConfiguration(rules, true));

    assertThat(put.isOk()).isTrue();
    assertThat(store.service.getNotificationConfiguration("photos").value())
        .isEqualTo(new NotificationConfiguration(rules, true));
    assertThat(store.catalog.findBucketConfig("photos", "notification")).isPresent();
  }

  @Test
  void aRuleWithoutAnIdGetsARandomOneLikeS3Generates() {
    put(lambda(null, List.of("s3:ObjectCreated:Put"), null, null));
    var first =
        store.service.getNotificationConfiguration("photos").value().rules().getFirst().id();
    put(lambda("", List.of("s3:ObjectCreated:Put"), null, null));
    var second =
        store.service.getNotificationConfiguration("photos").value().rules().getFirst().id();

    assertThat(first).isNotBlank().isNotEqualTo(second);
    var decoded = new String(Base64.getDecoder().decode(first), StandardCharsets.UTF_8);
    assertThat(UUID.fromString(decoded).toString()).isEqualTo(decoded);
  }

  @Test
  void anEmptyConfigurationTurnsNotificationsOff() {
    put(lambda("a", List.of("s3:ObjectCreated:*"), null, null));

    put();

    assertThat(store.service.getNotificationConfiguration("photos").value().rules()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3:ObjectCreated:*",
        "s3:ObjectCreated:Put",
        "s3:ObjectCreated:Post",
        "s3:ObjectCreated:Copy",
        "s3:ObjectCreated:CompleteMultipartUpload",
        "s3:ObjectRemoved:*",
        "s3:ObjectRemoved:Delete",
        "s3:ObjectRemoved:DeleteMarkerCreated",
        "s3:ObjectRestore:*",
        "s3:ObjectRestore:Post",
        "s3:ObjectRestore:Completed",
        "s3:ObjectRestore:Delete",
        "s3:ReducedRedundancyLostObject",
        "s3:Replication:*",
        "s3:Replication:OperationFailedReplication",
        "s3:LifecycleExpiration:*",
        "s3:LifecycleExpiration:Delete",
        "s3:LifecycleTransition",
        "s3:IntelligentTiering",
        "s3:ObjectTagging:*",
        "s3:ObjectTagging:Put",
        "s3:ObjectAcl:Put"
      })
  void acceptsEveryEventTypeS3Knows(String event) {
    assertThat(put(lambda("a", List.of(event), null, null)).isOk()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3:ObjectCreated:Upload", "s3:*", "ObjectCreated:Put", "s3:TestEvent"})
  void rejectsAnEventS3DoesNotSupport(String event) {
    var put = put(lambda("a", List.of(event), null, null));

    assertThat(put.failure().code()).isEqualTo("InvalidArgument");
    assertThat(put.failure().status()).isEqualTo(400);
    assertThat(put.failure().message()).isEqualTo("The event is not supported for notifications");
    assertThat(put.failure().details()).containsEntry("ArgumentValue", event);
    assertThat(store.catalog.findBucketConfig("photos", "notification")).isEmpty();
  }

  @Test
  void twoRulesForTheSameEventWithNestedPrefixesAreAmbiguous() {
    assertAmbiguous(
        put(
            lambda("a", List.of("s3:ObjectCreated:Put"), "images/", null),
            queue("b", List.of("s3:ObjectCreated:Put"), "images/2024/", null)));
  }

  @Test
  void aWildcardOverlapsTheEventsItCovers() {
    assertAmbiguous(
        put(
            lambda("a", List.of("s3:ObjectCreated:*"), null, ".jpg"),
            queue("b", List.of("s3:ObjectCreated:Copy"), null, ".jpg")));
  }

  @Test
  void overlappingSuffixesWithOverlappingPrefixesAreAmbiguous() {
    assertAmbiguous(
        put(
            lambda("a", List.of("s3:ObjectCreated:Put"), "img/", ".jpg"),
            queue("b", List.of("s3:ObjectCreated:Put"), null, "photo.jpg")));
  }

  @Test
  void rulesThatCannotMatchTheSameEventAndKeyAreAccepted() {
    assertThat(
            put(
                    lambda("a", List.of("s3:ObjectCreated:*"), "images/", null),
                    queue("b", List.of("s3:ObjectCreated:*"), "videos/", null))
                .isOk())
        .isTrue();
    assertThat(
            put(
                    lambda("a", List.of("s3:ObjectCreated:*"), "media/", ".jpg"),
                    queue("b", List.of("s3:ObjectCreated:*"), "media/", ".png"))
                .isOk())
        .isTrue();
    assertThat(
            put(
                    lambda("a", List.of("s3:ObjectCreated:*"), null, null),
                    queue("b", List.of("s3:ObjectRemoved:*"), null, null))
                .isOk())
        .isTrue();
  }

  @Test
  void aDestinationThatDoesNotExistCannotBeValidated() {
    store.targets.put(FUNCTION, false);
    store.targets.put(QUEUE, true);

    var put =
        put(
            lambda("a", List.of("s3:ObjectCreated:*"), null, null),
            queue("b", List.of("s3:ObjectRemoved:*"), null, null));

    assertThat(put.failure())
        .isEqualTo(
            new Failure(
                "InvalidArgument",
                400,
                "Unable to validate the following destination configurations",
                java.util.Map.of(
                    "ArgumentName1",
                    FUNCTION,
                    "ArgumentValue1",
                    "Not authorized to invoke function [" + FUNCTION + "]")));
  }

  @Test
  void aDestinationOfAServiceThatDoesNotRunIsNotChecked() {
    assertThat(put(lambda("a", List.of("s3:ObjectCreated:*"), null, null)).isOk()).isTrue();
  }

  @Test
  void filterRulesMayOnlyBePrefixAndSuffixOnceEach() {
    assertThat(NotificationFilterNames.check(List.of("prefix", "Suffix"))).isEmpty();
    assertThat(NotificationFilterNames.check(List.of("extension")).orElseThrow().message())
        .isEqualTo("filter rule name must be either prefix or suffix");
    assertThat(NotificationFilterNames.check(List.of("prefix", "Prefix")).orElseThrow().message())
        .isEqualTo("Cannot specify more than one prefix rule in a filter.");
  }

  @Test
  void configuringAMissingBucketIsNoSuchBucket() {
    var put =
        store.service.putNotificationConfiguration(
            "nothing-here", NotificationConfiguration.empty());

    assertThat(put.failure().code()).isEqualTo("NoSuchBucket");
    assertThat(store.service.getNotificationConfiguration("nothing-here").failure().code())
        .isEqualTo("NoSuchBucket");
  }
}
