package dev.sluice.core.objects.internal;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.objects.NotificationConfiguration;
import dev.sluice.core.objects.NotificationRule;
import dev.sluice.core.objects.NotificationTarget;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The {@code s3:TestEvent}s a PutBucketNotificationConfiguration sends: one to each topic and queue
 * it names (once per destination, however many rules share it); functions get none.
 */
final class TestEvents {
  private TestEvents() {}

  static List<NewEvent> of(String bucket, NotificationConfiguration configuration, Instant time) {
    List<NotificationRule> destinations = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NotificationRule rule : configuration.rules()) {
      if (rule.target() != NotificationTarget.LAMBDA && seen.add(rule.targetArn())) {
        destinations.add(rule);
      }
    }
    String requestId =
        UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    String hostId =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    String payload = S3EventJson.testEvent(bucket, time, requestId, hostId);
    List<NewEvent> events = new ArrayList<>();
    for (NotificationRule rule : destinations) {
      events.add(
          new NewEvent(rule.target().service(), rule.targetArn(), S3EventJson.TEST_EVENT, payload));
    }
    return events;
  }
}
